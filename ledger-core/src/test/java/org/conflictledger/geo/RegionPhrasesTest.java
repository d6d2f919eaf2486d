package org.conflictledger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** First-level divisions written with their division word, read from the text with the bundled gazetteer. */
class RegionPhrasesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.geoNames();

    private static List<RegionPhrases.Found> in(String text, String... context) {
        return RegionPhrases.in(text, GAZETTEER, List.of(context));
    }

    private static String only(String text, String... context) {
        List<RegionPhrases.Found> found = in(text, context);
        assertEquals(1, found.size(), () -> "one division in: " + text + " -> " + found);
        RegionPhrases.Found f = found.get(0);
        assertEquals(f.name(), text.substring(f.start(), f.end()).replaceAll("\\s+", " "));
        return f.place().country() + " " + f.place().admin1();
    }

    @Test
    void aDivisionInsideAnOrganisationsOrAPersonsNameIsFound() {
        assertEquals("NG Borno State", only("A Borno State Senator said on Saturday that 200 people had died."));
        List<RegionPhrases.Found> found = in("Gunmen killed the head of the district in Darazo Local Government Area of"
                + " Bauchi State.");
        assertEquals(List.of("Darazo Local Government Area", "Bauchi State"), found.stream().map(RegionPhrases.Found::name).toList());
        assertEquals("Bauchi State", found.get(0).place().admin1()); // the district, in its state
    }

    @Test
    void aNameBrokenOverALineIsFoundWhereItIsWritten() {
        assertEquals("NG Cross River State", only("Police in the south-eastern Cross\n  River   State said two died."));
    }

    @Test
    void theLongestNameThatResolvesWinsAndOpeningWordsAreNoPartOfIt() {
        assertEquals("NG Cross River State", only("In Cross River state the police confirmed three deaths."));
        assertEquals("AF Nangarhar Province", only("The strike hit a house in a village of Nangarhar Province."));
    }

    @Test
    void theDivisionWordMayComeBeforeTheName() {
        assertEquals("YE Al Bayda Governorate", only("His car exploded in the south-eastern province of al-Baydha."));
        assertEquals("SY Deir ez-Zor Governorate", only("They were kidnapped in the oil-rich eastern province of Deir Ezzor said"
                + " the monitor."));
        assertEquals("NG Borno State", only("Gunmen killed 12 villagers in the northeastern state of Borno on Sunday."));
        assertTrue(in("Fighters of the Islamic State of Iraq and the Levant attacked.").isEmpty());
    }

    @Test
    void aNameWithAnArabicArticleInsideOrBeforeItIsOneName() {
        assertEquals("SY Deir ez-Zor Governorate", only("Jets killed 60 civilians in Syria's Deir al-Zor province."));
        assertEquals("SY Deir ez-Zor Governorate", only("Fighting raged in the Deir ez-Zor province on Monday."));
        assertEquals("IQ Anbar Governorate", only("A car bomb killed 12 people in al-Anbar province on Monday."));
        assertTrue(in("Forty terrorists were killed in al-Malaah region, the Syrian army said.", "SY").isEmpty());
    }

    @Test
    void newsEnglishDivisionWordsMatchGeoNamesOwn() {
        assertEquals("SY Idlib Governorate", only("Air strikes on Idlib province killed 12 people.", "SY"));
        assertEquals("KE Kwale County", only("A cleric was shot dead in Diani, Kwale county."));
    }

    @Test
    void aDistrictWrittenWithItsDivisionWordIsFoundWhereTheContextAllows() {
        List<RegionPhrases.Found> found = in("A senator's son was shot dead on Wana road in Tank district on Thursday.");
        assertEquals(1, found.size());
        assertEquals("PK", found.get(0).place().country());
        assertEquals(org.conflictledger.model.GeoPrecision.DISTRICT, found.get(0).place().precision());
        assertTrue(in("Gunmen killed two men in Tank district.", "SY").isEmpty()); // no Syrian district of that name
        // Nigeria's second level, by its own name, and named so it is as sure a sign of the country as a state
        for (String text : new String[] {"Herdsmen killed 12 villagers in Barkin Ladi Local Government Area on Sunday.",
                                         "Herdsmen killed 12 villagers in Barkin Ladi LGA on Sunday."}) {
            found = in(text);
            assertEquals(1, found.size(), text);
            assertEquals("NG Plateau State", found.get(0).place().country() + " " + found.get(0).place().admin1());
            assertEquals(org.conflictledger.model.GeoPrecision.DISTRICT, found.get(0).place().precision());
            assertTrue(found.get(0).localGovernmentArea());
        }
        assertTrue(!in("Gunmen killed two men in Tank district.").get(0).localGovernmentArea());
    }

    @Test
    void genericNamesArmedGroupsProvincesAndOtherKindsOfDivisionAreNone() {
        assertTrue(in("Qatar, a Gulf state, condemned the attack.").isEmpty()); // Papua New Guinea's Gulf Province
        assertTrue(in("Clashes spread across the Central Region and the Eastern Province.").isEmpty());
        assertTrue(in("The Islamic State Khorasan Province claimed the bombing in Kabul.").isEmpty());
        assertTrue(in("Fighters of the Islamic State's Khorasan Province attacked a shrine.").isEmpty());
    }

    @Test
    void aCountrysPossessiveRulesOutAnotherCountrysNamesake() {
        assertTrue(in("Bombs hit the capital of Iraq's usually peaceful Kurdistan region.", "IQ").isEmpty());
    }

    @Test
    void hostileTextIsReadInBoundedTime() {
        String text = "Aaa Bbb Ccc State ".repeat(50_000) + "Ddd-Eee-Fff ".repeat(50_000) + "Province";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertTrue(in(text).size() <= 200));
    }
}
