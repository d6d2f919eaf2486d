package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.conflictledger.model.EventType;
import org.junit.jupiter.api.Test;

class EventTypesTest {
    @Test
    void namesTheMostSpecificKindOfAttack() {
        assertEquals(EventType.SUICIDE_BOMB, EventTypes.of("A suicide bomber blew himself up near the car bomb's wreck."));
        assertEquals(EventType.REMOTE_EXPLOSIVE_IED, EventTypes.of("A roadside bomb killed four soldiers."));
        // a gun made to shoot at aircraft is no strike from the air
        assertEquals(EventType.EXECUTION_MASS_KILLING, EventTypes.of("He was executed with anti-aircraft gun fire."));
    }

    @Test
    void armedMenWhoStormAPlaceOfCiviliansAttackCiviliansButStormingAPostIsAFight() {
        assertEquals(EventType.ATTACK_ON_CIVILIANS, EventTypes.of("Militants stormed a wedding reception and killed 20 guests."));
        assertEquals(EventType.ATTACK_ON_CIVILIANS, EventTypes.of("The attackers stormed the home of a village chief."));
        assertEquals(EventType.ATTACK_ON_CIVILIANS, EventTypes.of("Police stormed a hospital in the capital."));
        assertEquals(EventType.ARMED_CLASH, EventTypes.of("Insurgents stormed an air base in the north."));
        assertEquals(EventType.ARMED_CLASH, EventTypes.of("The Taliban stormed a security checkpoint."));
    }

    @Test
    void weaponsMadeSafeOrTakenNameNoKindOfAttack() {
        assertNull(EventTypes.of("Forces killed nine fighters, destroyed two boats and dismantled 72 roadside bombs."));
        assertNull(EventTypes.of("Police defused an explosive device and seized two rockets."));
        assertEquals(EventType.ARMED_CLASH, EventTypes.of("Troops seized 30 mortars after heavy fighting."));
    }

    @Test
    void aBlastNamedOnlyAsSuchSaysNothingOfWhatExploded() {
        assertEquals(true, EventTypes.onlyExplosion("He was not at home during the bombing, which killed three guards."));
        assertEquals(true, EventTypes.onlyExplosion("Four explosions shook the compound."));
        assertEquals(false, EventTypes.onlyExplosion("A car bomb blast killed four soldiers."));
        assertEquals(false, EventTypes.onlyExplosion("Air strikes and explosions shook the city."));
    }

    @Test
    void mortarsAndArtilleryAreFireFromTheGroundButRocketsAndMissilesMayBeFromTheAir() {
        assertEquals(true, EventTypes.groundFire("Rebels fired rockets and mortars into the town."));
        assertEquals(true, EventTypes.groundFire("Artillery shelling killed five civilians."));
        assertEquals(false, EventTypes.groundFire("A missile strike killed five civilians."));
        assertEquals(false, EventTypes.groundFire("Rockets hit the market."));
    }
}
