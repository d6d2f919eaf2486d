package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorsTest {
    @Test
    void namesArmedGroupsInTheOrderTheTextMentionsThem() {
        String text = "A suicide bomber from al-Qaeda's affiliate Nusra Front struck a checkpoint held by ISIS rivals.";
        assertEquals(List.of("al-Qaeda", "Nusra Front", "Islamic State"), Actors.groupsIn(text));
        assertEquals(List.of("Islamic State", "al-Qaeda"), Actors.groupsIn("ISIS and al-Qaeda fighters attacked the town."));
    }

    @Test
    void leavesOutAGroupNamedAsTheTarget() {
        assertEquals(List.of(), Actors.groupsIn("Government jets carried out an airstrike on Taliban fighters."));
        assertEquals(List.of(), Actors.groupsIn("Government forces west of the city killed nine IS fighters."));
        assertEquals(java.util.Set.of("Islamic State"), Actors.targetedIn("Government forces killed at least 20 ISIS militants."));
    }

    @Test
    void policeOrSecurityForcesWhoKillAreTheStatesButNotWhenTheySpeakOrAreAnotherCountrys() {
        assertEquals(List.of(Actors.OWN_GOVERNMENT),
                Actors.in("Police stormed a hospital in Burundi's capital, shot and killed patients, a doctor said."));
        assertEquals(List.of(Actors.OWN_GOVERNMENT), Actors.in("Security forces opened fire on protesters on Friday."));
        assertEquals(List.of(Actors.OWN_GOVERNMENT), Actors.in("Doctors tell of a raid on hospital beds\nPolice stormed a hospital,"
                + " shot and killed patients."));
        assertEquals(List.of(), Actors.in("Police say a gang beat and killed five villagers near the border."));
        assertEquals(List.of(), Actors.in("Police said gunmen killed three people on Friday."));
        assertEquals(List.of(), Actors.in("French police shot dead three gunmen in Paris."));
        assertEquals(List.of(), Actors.in("At least 18 members of Iraq's security forces were killed in clashes."));
        assertEquals(List.of(), Actors.in("Four foreign soldiers, two police and 10 civilians were killed."));
        assertEquals(List.of(), Actors.in("Twenty-one people, including police officers and social workers, were killed."));
        assertEquals(List.of(), Actors.in("IS claimed a bomb attack at a police station in the capital that killed 17 people."));
        assertEquals(List.of(), Actors.in("The other bomber made it inside the compound where police killed him."));
    }

    @Test
    void leavesOutAGroupCountedAmongTheDeadButNotOneWhoseAttacksAreCounted() {
        assertEquals(List.of(), Actors.groupsIn("Twelve ISIS members were killed in the raid on Monday."));
        assertEquals(List.of(), Actors.groupsIn("At least 30 Taliban fighters died in the clashes."));
        assertEquals(List.of(), Actors.groupsIn("Five al-Shabaab militants were killed in the fighting."));
        assertEquals(List.of(), Actors.groupsIn("The army killed 12 members of Boko Haram on Monday."));
        assertEquals(List.of("Taliban"), Actors.groupsIn("Two Taliban attacks killed 12 soldiers on Monday."));
        assertEquals(List.of("Islamic State"), Actors.groupsIn("30 were killed when two Islamic State suicide bombers detonated."));
        assertEquals(List.of("Boko Haram"), Actors.groupsIn("Gunmen suspected to be members of Boko Haram killed 31 people."));
    }

    @Test
    void readsWhoAStrikeIsByWhomASourceBlamesAndWhoseAttackItWas() {
        assertEquals(List.of("Saudi-led coalition"), Actors.in("An airstrike by a Saudi-led coalition on Saturday hit a funeral hall."));
        assertEquals(List.of("Taliban"), Actors.in("The police chief blamed the Taliban for planting the bomb."));
        assertEquals(List.of("al-Shabaab"), Actors.in("The armed group al-Shabab was blamed for Saturday's blasts."));
        assertEquals(List.of("Taliban"), Actors.in("An official says that a Taliban attack has killed five policemen."));
        assertEquals(List.of("Israel"), Actors.in("An Israeli attack on a training camp killed two fighters."));
        assertEquals(List.of("Saudi-led coalition"),
                Actors.in("Saleh spoke after the Arab coalition launched two air strikes on his home in Sanaa."));
        assertEquals(List.of("Russia"), Actors.in("Russia has carried out dozens of raids on the city."));
    }

    @Test
    void aCountryBeforeAnAttackIsWhereAndItsRebelsAreNotItsState() {
        assertEquals(List.of(), Actors.in("Syria attack symptoms consistent with nerve agent use."));
        assertEquals(List.of(Actors.OWN_REBELS_NAME), Actors.in("Syrian rebel shelling killed three people."));
        assertEquals(List.of(), Actors.groupsIn("Three members of the al-Shabab team were hurt."));
    }

    @Test
    void aGroupNamedAsWhomAnotherSupportsIsNotTheAttacker() {
        assertEquals(List.of("al-Shabaab"), Actors.groupsIn("The bombing was blamed on the pro-al-Qaeda al-Shabaab group."));
    }

    @Test
    void readsOnlyResponsibilityStatedInSoManyWordsWhenLookingOverAWholeStory() {
        String story = "A truck bomb killed 358 people. Islamic State fighters were seen in the north last year."
                + " The armed group al-Shabab was blamed for Saturday's blasts.";
        assertEquals(List.of("al-Shabaab"), Actors.responsibleIn(story));
        assertEquals(List.of("Taliban"), Actors.responsibleIn("The Taliban claimed responsibility for the attack."));
        assertEquals(List.of("United States"), Actors.responsibleIn(
                "A spokesman confirmed on Thursday that the drone attack was conducted by the US with the intention of destroying a hideout."));
        assertEquals(List.of(), Actors.responsibleIn("The investigation was conducted by the United Nations."));
    }

    @Test
    void anAttackToldAgainAsSomeonesIsTheirsAndOneOrTheOtherIsDisputed() {
        String either = "\"It is not clear whether the latest strikes on the town were by Syrian or Russian jets,\" he said.";
        assertEquals(List.of("Syria", "Russia"), Actors.responsibleForMainIn(either)); // states by name, until placed
        assertEquals(List.of(), Actors.responsibleIn(either), "of the main attack only");
        assertTrue(Actors.eitherIn(either));
        String one = "Officials said the attack on the convoy was by Boko Haram fighters.";
        assertEquals(List.of("Boko Haram"), Actors.responsibleForMainIn(one));
        assertFalse(Actors.eitherIn(one));
        assertEquals(List.of("Syria"), Actors.responsibleForMainIn(
                "An official said indications were that the bombing was solely the work of Syrian Government forces."));
        assertEquals(List.of("Syria", "Russia"), Actors.denyingIn("Syria's armed forces quickly denied reports that it"
                + " targeted the hospital, while Russia has always denied targeting civilian targets in Syria."));
        assertEquals(List.of("Taliban"), Actors.denyingIn("The Taliban denied responsibility for the attack."));
        assertEquals(List.of(), Actors.denyingIn("The Taliban denied its fighters were present at the school."));
        // not an attack that is nobody's deed, nor one told by its date
        assertEquals(List.of(), Actors.responsibleForMainIn("The attack was by far the deadliest this year."));
    }

    @Test
    void aBareCoalitionIsTheOneAtWarInTheIncidentsCountry() {
        List<String> found = Actors.in("A similar attack by a coalition warplane struck a marketplace.");
        assertEquals(List.of("Saudi-led coalition"), Actors.forCountry(found, "YE"));
        assertEquals(List.of("US-led coalition"), Actors.forCountry(found, "SY"));
        assertEquals(List.of("US-led coalition"), Actors.forCountry(Actors.in("A US-led coalition air strike hit a bridge."), "YE"));
    }

    @Test
    void proAssadWarplanesAreTheSyrianStates() {
        assertEquals(List.of("Syrian government"),
                Actors.forCountry(Actors.in("Pro-Assad warplanes have struck another school."), "SY"));
    }
}
