package org.conflictledger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Article;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.GreatCircle;
import org.conflictledger.model.IncidentMention;
import org.junit.jupiter.api.Test;

/** Where an incident happened, read by the whole pipeline (real NER) from sentences written for the test. */
class PlaceRulesIT {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static IncidentMention first(String text) {
        return first(text, LocalDate.of(2019, 9, 20));
    }

    private static IncidentMention first(String text, LocalDate published) {
        return PIPELINE.extract(new Article("p", null, null, published, null, text)).incidents().get(0);
    }

    @Test
    void aTollOfTheYearSoFarInACountryIsTheCountrysNotTheStorysTown() {
        List<IncidentMention> incidents = PIPELINE.extract(new Article("p", null, null, LocalDate.of(2019, 9, 20), null,
                "A car bomb killed 12 people in Kabul on Thursday. So far this year, about 1,700 civilians have been"
                        + " killed in attacks across Afghanistan, according to the UN.")).incidents();
        assertEquals("Kabul", incidents.get(0).location());
        assertEquals("Afghanistan", incidents.get(1).location());
        assertEquals(LocalDate.of(2019, 1, 1), incidents.get(1).dateStart());
        assertEquals(LocalDate.of(2019, 9, 20), incidents.get(1).dateEnd());
    }

    @Test
    void anOfficialsSeatIsNotWhereTheStrikeHappenedWhenTheSentenceNamesThePlace() {
        IncidentMention m = first("A senior U.S. official in Kabul confirmed the drone strike, which occurred on Wednesday"
                + " night in eastern Nangarhar province and killed at least 30 farm workers.");
        assertEquals("AF", m.country());
        assertEquals("Nangarhar Province", m.admin1());
    }

    @Test
    void aPartOfTheWorldAboveAnyCountryIsNoPlaceInTheStorysCountry() {
        IncidentMention m = first("Police arrested 30 suspects in raids in Sicily on Thursday. So far this year, about 170"
                + " people have been killed in terror attacks across Europe, according to Europol.");
        assertNotEquals("Europe", m.location()); // not Europe at Rome's coordinates
        m = first("At least 30 people were killed in attacks across West Africa this year.");
        assertEquals(null, m.country());
    }

    @Test
    void aStoryOfNoCountryIsNotPlacedAtAHamletOfNoPeopleSomewhereInTheWorld() {
        IncidentMention m = first("An explosion at El Tunel mine in the northwestern town of Riosucio on Wednesday killed"
                + " two workers.");
        assertNotEquals("MN", m.country()); // Mongolia's Bulag, another of whose names is Tunel
        assertEquals("CO", m.country());
        // a district's seat named as the district stays placed, though the gazetteer counts no people in it
        assertEquals("AF", first("Five boys were killed by gunmen in the Sakhari area in Alingar District.").country());
    }

    @Test
    void aNigerianLocalGovernmentAreaPlacesAVillageTheGazetteerLacksAndCountsForTheCountry() {
        // the district, not the town that is its seat; and "Plateau" without "State" still says Nigeria
        IncidentMention m = first("Gunmen killed six people in Tahoss village of Riyom Local Government Area of Plateau"
                + " early on Sunday, a resident said.");
        assertEquals("NG", m.country());
        assertEquals("Plateau State", m.admin1());
        assertEquals(GeoPrecision.DISTRICT, m.geoPrecision());
        // a district and the state it lies in are one place named once: not two votes against the country the
        // sentence puts the village in
        m = first("Gunmen crossed over to Dubuwa village in Chad on Monday and killed six Nigerians taking refuge there."
                + " They had come into Chad from Kirenowa, a border town in Marte Local Government Area of Borno State.");
        assertEquals("TD", m.country());
    }

    @Test
    void aLandformTheGazetteerLacksIsPlacedAtThePlaceItIsNamedAfter() {
        IncidentMention m = first("A bomb killed four Pakistani soldiers in the Swat Valley on Monday, officials said.");
        assertEquals("PK", m.country());
        assertEquals("Khyber Pakhtunkhwa", m.admin1());
        m = first("Gunmen killed three Egyptian judges in the Sinai peninsula on Saturday.");
        assertEquals("EG", m.country());
        assertEquals(GeoPrecision.REGION, m.geoPrecision());
    }

    @Test
    void theCountryRightAfterAFigureIsWhereItsDeadFell() {
        IncidentMention m = first("Other stories this week: in Iran, the trial of a Washington Post journalist has begun and"
                + " two reporters in Brazil have been found murdered within the space of a week.");
        assertEquals("BR", m.country());
    }

    @Test
    void aTownTheTaggerTookForAPersonIsPlacedWhenAnAttackHitIt() {
        IncidentMention m = first("Twin bombs hit Homs on Wednesday, killing six people.");
        assertEquals("SY", m.country());
        assertEquals("Homs", m.location());
    }

    @Test
    void aLandmarkRunOnWithItsTownIsPlacedInTheTown() {
        IncidentMention m = first("Zimbabwe will play the last match of their tour of Pakistan despite a suicide blast near"
                + " Gaddafi Stadium Lahore that killed one policeman and one civilian. Zimbabwe lost the series to Zimbabwe's hosts.");
        assertEquals("PK", m.country());
        assertEquals("Gaddafi Stadium Lahore", m.location());
        assertEquals("Punjab", m.admin1());
        // a village the gazetteer lacks is no landmark of a namesake town its last word names (India's Banda)
        assertNotEquals("IN", first("Six children were killed in a roadside blast in Dorari Banda on Sunday.").country());
    }

    @Test
    void aPlaceRunOnIntoAHeadlinesWordsOrIntoAnotherPlaceIsThatPlace() {
        IncidentMention m = first("Syrian Army Kills over 125 Terrorists in Hama Breaks Siege on Zara Power Plant. The Syrian"
                + " army foiled on Saturday an attack by terrorist organizations on military posts, killing 125 of them.");
        assertEquals("Hama", m.location());
        assertEquals("Hama Governorate", m.admin1());
        m = first("Rocket Attacks Kill Three Civilians in Deir Ezzor Aleppo. Rocket shells killed three civilians on Wednesday.");
        assertEquals("Deir Ezzor", m.location());
        assertEquals("Deir ez-Zor Governorate", m.admin1());
        // a name that goes on with its article, or with a word of its kind, is one place's
        assertEquals("Bab al Salama", first("A car bomb killed 14 people at the Bab al Salama crossing in Syria on Sunday.")
                .location());
        assertEquals("Rumbek Central of Lakes State", first("Gunmen killed 20 villagers in Rumbek Central of Lakes State,"
                + " South Sudan on Sunday.").location());
    }

    @Test
    void whereTheLeadPutsTheAttackOutweighsWhereASourceOfItsFiguresSpokeFrom() {
        IncidentMention m = first("A Saudi-led air strike hit a market in Mastaba in northern Yemen on Tuesday. Officials in Sanaa"
                + " told Reuters that at least 40 people were killed.", LocalDate.of(2016, 3, 16));
        assertEquals("Mastaba", m.location());
        assertEquals("Hajjah Governorate", m.admin1());
        // a sentence that names no other place than the speaker's is still placed there
        assertEquals("Amanat Alasimah", first("Officials in Sanaa told Reuters that at least 40 people were killed in an air"
                + " strike on Tuesday.", LocalDate.of(2016, 3, 16)).admin1());
    }

    @Test
    void aDistrictTheGazetteerLacksOfAProvinceIsPlacedInTheProvinceNotItsSeat() {
        IncidentMention m = first("An airstrike killed at least 70 people at a religious school in the Dasht-e-Achin district of"
                + " the Kunduz province on Monday, officials said.", LocalDate.of(2018, 4, 3));
        assertEquals("Dasht-e-Achin", m.location());
        assertEquals("Kunduz Province", m.admin1());
        assertEquals(org.conflictledger.model.GeoPrecision.REGION, m.geoPrecision());
    }

    @Test
    void aDoctorsTownIsWhereHeSpokeWhenTheStoryNamesWhereTheStrikeFell() {
        IncidentMention m = first("An Afghan military air strike targeting the Taliban in northern Kunduz province is reported to"
                + " have killed civilians. Eyewitnesses said that helicopters targeted a gathering at a religious school in"
                + " Dasht-e Archi district. A doctor in Kunduz city told the BBC that more than 50 severely injured people were"
                + " brought to his hospital.", LocalDate.of(2018, 4, 3));
        assertEquals("Dasht-e Archi", m.location());
    }

    @Test
    void aCapitalNamedByItsRoleFirstOutweighsAPlaceOfAnotherRegionNamedAfter() {
        IncidentMention m = first("At least 19 people were killed near the Syrian capital on Tuesday including six children just"
                + " hours after a suspected chemical gas attack left dozens dead in Khan Sheikhun.", LocalDate.of(2017, 4, 4));
        assertEquals("Damascus Governorate", m.admin1());
        // a quarter the capital's possessive names keeps its name, in the capital rather than in a namesake elsewhere
        m = first("A car bomb in the Iraqi capital's mostly Shiite central district of Karradah killed 18 people and wounded 41"
                + " others, police said.", LocalDate.of(2017, 4, 4));
        assertEquals("Karradah", m.location());
        assertEquals("Baghdad Governorate", m.admin1());
    }

    @Test
    void aCountryBlamedForAnAttackIsNotWhereItHappened() {
        IncidentMention m = first("The Syrian Coalition said Assad used chemical weapons 136 times in Syria since the Ghouta massacre."
                + " It denounced the claims of the regime's envoy who on Monday blamed France for the Ghouta massacre that"
                + " claimed the lives of over 1127 civilians.", LocalDate.of(2016, 8, 24));
        assertEquals("SY", m.country());
    }

    @Test
    void aTownACountrysPossessiveOwnsIsReadWhereTheTaggerFoundOnlyTheCountry() {
        IncidentMention m = first("The People's Protection Units (YPG) killed 17 Turkish servicemen and wounded three others, Kurdish"
                + " media reported. The YPG also destroyed an armored personnel carrier of the Turkish army in northern Syria's"
                + " Afrin, near the border with Turkey, Firat news agency said Thursday.", LocalDate.of(2017, 4, 28));
        assertEquals("Afrin", m.location());
        assertEquals("Aleppo Governorate", m.admin1());
    }

    @Test
    void aTownOwnedByACountryWhoseApostropheIsLostIsLookedForInThatCountry() {
        // no tagger reads "Syrias" as Syria: the story's only country is the soldiers' Turkey
        IncidentMention m = first("The YPG killed 17 Turkish servicemen in northern Syrias Afrin, Firat news agency said"
                + " Thursday.", LocalDate.of(2017, 4, 28));
        assertEquals("Afrin", m.location());
        assertEquals("Aleppo Governorate", m.admin1());
    }

    @Test
    void aCountryWrittenInThePossessiveWithoutItsApostropheIsTheStorysCountry() {
        // the tagger reads "Syrias" as no place: the story's only country by name would be the attackers' Russia
        java.util.List<IncidentMention> m = all("Airstrikes on Syrias rebel-held Idlib province hit a school on Wednesday,"
                + " killing at least 26 civilians. Warplanes either Russia or Syrian carried out six strikes. Syrias conflict"
                + " erupted in March 2011. More than 300000 people have been killed and millions forced to flee their homes.");
        assertEquals(2, m.size());
        assertEquals("SY", m.get(1).country());
    }

    @Test
    void whereTheWoundedWereTreatedIsNotWhereTheyWereHurt() {
        java.util.List<IncidentMention> m = all("Two people were killed and 15 injured as regime forces attacked a village in"
                + " the northwestern Latakia province on Saturday. Four wounded were brought to hospitals in Turkey's Hatay"
                + " province for treatment.");
        assertEquals(1, m.size());
        assertEquals("Latakia Governorate", m.get(0).admin1());
        assertEquals(3, m.get(0).claims().size());
        // a hospital that was struck is where it happened
        assertEquals("Kunduz", first("An air strike on a hospital in Kunduz killed 22 people on Saturday.",
                LocalDate.of(2015, 10, 4)).location());
    }

    @Test
    void aCapitalThatStandsForItsGovernmentIsNotWhereTheAttackHappened() {
        IncidentMention m = first("More than 33 people were killed in regime and Russian bombing on Wednesday despite Damascus"
                + " promises of a truce. Rebel-held areas in Aleppo province were bombed.", LocalDate.of(2016, 7, 7));
        assertEquals("Aleppo Governorate", m.admin1());
        // a Nigerian local government area is a place, whatever its second word
        assertEquals("Adamawa State", first("About 30 persons were killed by gunmen in the Zar community of Hong Local"
                + " government Area in Adamawa state.", LocalDate.of(2016, 7, 7)).admin1());
    }

    @Test
    void aNeighbourhoodALaterSentencePutsInAnotherRegionIsNotTheStorysLocality() {
        // "operations in Jobar neighborhood ... in Damascus" tells of something else than the Hama attack
        for (String later : new String[] {"The army also continued its operations in Jobar neighborhood and in other areas"
                + " in Damascus.", "The army also continued its operations in Jobar neighborhood in Damascus."}) {
            IncidentMention m = hamaAttackAnd(later);
            assertEquals("Hama Governorate", m.admin1(), later);
            assertNotEquals("Jobar", m.location(), later);
        }
        // a village the later sentence puts in the story's own region still is its locality
        IncidentMention m = hamaAttackAnd("The army also destroyed a base in Karnaz village in Hama.");
        assertEquals("Karnaz", m.location());
        assertEquals("Hama Governorate", m.admin1());
    }

    private static IncidentMention hamaAttackAnd(String later) {
        return first("Syrian army units killed 30 terrorists in Hama province on Sunday. " + later, LocalDate.of(2014, 9, 9));
    }

    @Test
    void aHeadlineOfThousandsOfRunOnWordsStillPlacesTheStory() {
        IncidentMention m = first("Syrian Army Kills 25 Terrorists in Hama " + "Breaks Siege ".repeat(2_000)
                + "on Saturday.");
        assertEquals("SY", m.country());
    }

    @Test
    void aPlaceInThePossessiveWithoutItsApostropheOwnsTheNameAfterIt() {
        // a feed that drops apostrophes: "Daraa's Manshiyah district", not Jordan, which the sentence names
        IncidentMention m = first("The Syrian army killed over 75 militants including fighters from Saudi Arabia and Jordan in"
                + " Daraas Manshiyah district according to a military source.");
        assertEquals("Manshiyah", m.location());
        assertEquals("Daraa Governorate", m.admin1());
        m = first("Barrel bombs killed at least 15 civilians in Aleppos Bustan al-Qasr district on Saturday.");
        assertEquals("Bustan al-Qasr", m.location());
        assertEquals("Aleppo Governorate", m.admin1());
    }

    @Test
    void theLeadsPlaceDoesNotTakeAFigureOutOfTheCountryItsSentenceNames() {
        IncidentMention m = first("An Israeli group that collects testimonies from soldiers has published accounts from last"
                + " year's Gaza war alleging indiscriminate fire killed Palestinian civilians. The group said on Monday that its"
                + " accounts show a change in the military's combat norms. In Israel, 67 soldiers and six civilians were killed."
                + " The army said it would investigate.", LocalDate.of(2015, 5, 4));
        assertEquals("IL", m.country());
    }

    @Test
    void aStoryThatNamesNoCountryIsPlacedByAnArmedGroupThatFightsInOne() {
        // Syria has an Amuda too; Boko Haram fights in Nigeria
        IncidentMention m = first("Suspected Boko Haram gunmen attacked Amuda village on Sunday, killing 12 residents.");
        assertEquals("NG", m.country());
        // the Taliban fight in Afghanistan and Pakistan: no country from them alone
        assertNotEquals("AF", first("Taliban gunmen killed 12 residents of Chattar village on Sunday.").country());
    }

    @Test
    void anOutletNamedAfterAPlaceIsNotWhereItHappened() {
        IncidentMention m = first("Coalition air strikes killed 38 people in Yemen on Sunday, according to Saba reports.");
        assertEquals("YE", m.country());
    }

    @Test
    void aProvinceWrittenAfterItsDivisionWordPlacesAStoryThatNamesNoCountry() {
        IncidentMention m = first("A powerful tribal leader, Shaykh al-Rayami was killed on Saturday when his booby-trapped"
                + " vehicle exploded in the south-eastern province of al-Baydha.");
        assertEquals("YE", m.country());
        assertEquals("Al Bayda Governorate", m.admin1());
        assertEquals(GeoPrecision.REGION, m.geoPrecision());
        assertEquals("al-Baydha", m.location());
    }

    @Test
    void officialsInATownAreWhereItHappenedWhenNoOtherPlaceIsNamed() {
        IncidentMention m = first("At least 78 civilians were killed when airstrikes hit a market in northern Yemen,"
                + " medical officials in Hajjah told reporters.");
        assertEquals("YE", m.country());
        assertEquals("Hajjah", m.location());
    }

    @Test
    void aVillageTheGazetteerLacksNamedInsideAProvinceIsTheLocationPlacedByTheProvince() {
        IncidentMention m = first("A drone strike killed at least 12 farmers who were resting at remote Kandao Sar in"
                + " eastern Nangarhar province, officials said.");
        assertEquals("Kandao Sar", m.location());
        assertEquals("Nangarhar Province", m.admin1());
    }

    @Test
    void aStoryPlacedOnlyInItsCountryTakesTheVillageItNamesFurtherDown() {
        IncidentMention m = first("Airstrikes killed at least 40 people in northern Yemen on Thursday, the Red Cross said."
                + " Many of the victims were children.\n\nThe strikes hit the busy Bani Qais market in the morning.");
        assertEquals("YE", m.country());
        assertEquals("Bani Qais", m.location());
    }

    @Test
    void aPhotoCaptionGluedToTheFirstSentenceEndsAtItsCredit() {
        IncidentMention m = first("Air strikes kill 30 in eastern Syria\nSyrian soldiers are seen at a checkpoint in Saraqeb"
                + " in Idlib province Syria May 3 2016 (Reuters) The death toll from air strikes on the city of"
                + " Mayadin has risen to 30 people including 12 children, the monitoring group said on Sunday.");
        assertEquals("Mayadin", m.location());
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    @Test
    void aCaptionEndsAtItsPhotoCreditWrittenInLowerCase() {
        IncidentMention m = first("Air strikes on market kill 21\nIn this photo taken on June 8 provided by the Syrian Civil"
                + " Defence, civil defence workers help an injured woman after warplanes attacked a street in Homs Syria"
                + " (AP photo) BEIRUT Air strikes on a market in the city of Daraa killed at least 21 civilians Sunday, a"
                + " monitoring group said.");
        assertEquals("Daraa", m.location());
    }

    @Test
    void aPlaceNamedWithAnotherYearIsAnotherEventsNotTheStorys() {
        String text = "Victims of a suspected chemical attack in Syria showed symptoms consistent with a nerve agent, the"
                + " World Health Organization said on Wednesday, putting the death toll at at least 70. A defence ministry"
                + " spokesman said rebels had used the same chemical weapons in Homs last year. The WHO said its experts"
                + " were giving guidance to overwhelmed health workers in Idlib.";
        IncidentMention m = first(text, LocalDate.of(2017, 4, 5));
        assertEquals("Idlib Governorate", m.admin1());
    }

    @Test
    void aTownWrittenWithASpacedArticleIsTheOneTheTextPutsNearACity() {
        IncidentMention m = first("The death toll from air strikes in the opposition-held town of Al Quriyah in eastern Syria has"
                + " risen to 82, a monitor said on Sunday. \"Three air raids on the region of Al-Quriyah southeast of Deir Ezzor city killed"
                + " 58 civilians,\" the monitor said.");
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    @Test
    void aProvinceWhoseNameTheTaggerTookForAPersonsStillPlacesTheStory() {
        IncidentMention m = first("Air strikes killed 25 children on Saturday in a densely populated town in eastern Syria,"
                + " UNICEF said. The bodies were pulled from the rubble in the Islamic State-held town of al-Shuhail. A"
                + " monitoring group reported the air strikes with an initial death toll of 47. Three attacks hit heavily"
                + " crowded areas including a mosque during prayer time, the agency said in a statement. It called on all"
                + " parties to the conflict to keep children out of harm's way.\n\nDeir Ez-Zor province links the IS"
                + " group stronghold of Raqqa to its territory in neighbouring Iraq.");
        assertEquals("SY", m.country());
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    @Test
    void aKindOfNeighbourhoodIsNotANamedOne() {
        IncidentMention m = first("In nearby Baquba, capital of Diyala province, a blast at a cafe in a Shiite"
                + " neighbourhood killed 10 people and wounded 22, police said.");
        assertEquals("Baquba", m.location());
        assertEquals("Diyala Governorate", m.admin1());
        m = first("A car bomb exploded in the Shiite district of Baghdad, killing 12 people, police said.");
        assertEquals("Baghdad", m.location());
    }

    @Test
    void aNeighbourhoodTheGazetteerLacksKeepsItsNameInTheTownThatContainsIt() {
        IncidentMention m = first("A suicide bomber on a motorcycle blew himself up in the Salihiah neighbourhood of"
                + " Hasakah city, killing 16 people, the Syrian Observatory for Human Rights said.");
        assertEquals("Salihiah", m.location());
        assertEquals("SY", m.country());
        assertEquals("Al-Hasakah Governorate", m.admin1());
    }

    @Test
    void aPlaceTheTaggerMissedIsReadByTheGazetteer() {
        IncidentMention m = first("Two ISIS suicide bombers driving explosive-laden trucks have killed at least 30 Kurdish"
                + " militiamen and police in al-Hassakeh in north-eastern Syria a monitoring group says.");
        assertEquals("SY", m.country());
        assertEquals("Al-Hasakah Governorate", m.admin1());
    }

    @Test
    void aCountryThatSpeaksIsNotWhereItHappened() {
        IncidentMention m = first("Russia says 62 Syrian troops killed in US-led strikes. \"Warplanes from the coalition carried"
                + " out four air strikes today against Syrian forces surrounded by the Islamic State group in the Deir Ezzor"
                + " air base\" the army said. Russian jets deployed in Syria were not operating in the area at the time.");
        assertEquals("SY", m.country());
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    @Test
    void aStoryPlacedInAProvinceTakesTheDistrictItNamesFurtherDown() {
        IncidentMention m = first("Saudi-led air strikes on a market killed 119 people in northern Yemen's rebel-held Hajja"
                + " province, the United Nations said on Thursday.\n\nThe UN said 22 children were among the dead."
                + " The strikes hit the Khamees market in Mastaba district, residents said.");
        assertEquals("Mastaba", m.location());
        assertEquals("Hajjah Governorate", m.admin1());
    }

    @Test
    void aNeighbourhoodOfATownIsInThatTownWhateverElseItsNameMatches() {
        IncidentMention m = first("At least 17 people were killed on Monday by suicide bombings that targeted a police station"
                + " in the Midan neighbourhood of Damascus the capital of Syria.");
        assertEquals("Midan", m.location());
        assertEquals("Damascus Governorate", m.admin1());
    }

    @Test
    void aProvinceNamedBesideTheTollOutweighsTheCountryTheStoryNamesMost() {
        IncidentMention m = first("Airstrikes killed 20 civilians in two parts of the eastern Syrian province of Deir al-Zor, a war"
                + " monitor said. Fighters keep crossing from Iraq, and Iraq says its border is closed. Iraq and Iraq again.");
        assertEquals("SY", m.country());
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    @Test
    void theDeadFellWhereTheirFigureSays() {
        IncidentMention m = first("The Syrian army foiled an attack in Daraa and killed at least 50 gunmen in Lattakia, state media said.");
        assertEquals("Latakia Governorate", m.admin1());
    }

    @Test
    void aRegionWrittenWithItsShortDirectionIsTheGazetteersLongOne() {
        IncidentMention m = first("A militia backed by Khartoum killed at least 17 people in South Kordofan, rebels said.");
        assertEquals("SD", m.country());
        assertEquals("Southern Kordofan State", m.admin1());
    }

    @Test
    void aNeighbourhoodInATownIsInThatTown() {
        IncidentMention m = first("A girl was killed and a woman was injured in a rocket attack on al-Hamadaniyeh neighborhood in Aleppo"
                + " city on Thursday, police said.");
        assertEquals("Aleppo Governorate", m.admin1());
    }

    @Test
    void aPlaceTheTaggerMissedBesideTheFiguresCountsWhereverItIs() {
        IncidentMention m = first("At Least 19 Executed by ISIL in Deir Ezour. The Syrian Observatory reported that the Islamic State"
                + " in Iraq and the Levant executed at least 19 men at an oil field in Deir Ezour.");
        assertEquals("SY", m.country());
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    @Test
    void aLocalityNameEndsWhereEventWordsBegin() {
        IncidentMention m = first("Kurdish fighters foiled a large attack near the village of Tal Hamis Killing 80 terrorists."
                + " \"The fighters repelled heavy attacks from three flanks, killing around 80 militants,\" the sources said.");
        assertEquals("SY", m.country());
        assertEquals("Tal Hamis", m.location());
    }

    @Test
    void aProvinceTheLeadNamesOutweighsACountryBesideTheToll() {
        IncidentMention m = first("At least 14 people were killed on Monday in an attack near a camp on the Syrian side of the border"
                + " with Turkey, a monitor said. Gunmen stormed the village of Khirbet Sleibi, which houses the camp."
                + " The village lies in Idlib province.");
        assertEquals("SY", m.country());
        assertEquals("Idlib Governorate", m.admin1());
    }

    @Test
    void theCityIsTheTownTheSentencesBeforeNamed() {
        IncidentMention m = first("Clashes escalated on Thursday, leading Damascus to bomb Kurdish positions."
                + " Control of Qamishli city is mostly in the hands of Kurdish forces."
                + " Clashes between the two sides have rocked the city, leaving 23 civilians dead, a monitor said.");
        assertEquals("Qamishli", m.location());
        assertEquals("Al-Hasakah Governorate", m.admin1());
    }

    @Test
    void aPlaceNameMayJoinItsArticleWithAHyphen() {
        IncidentMention m = first("Daesh Attacks Syrian City With Rockets. Daesh terrorists attacked the Syrian city of Deir ez-Zor on"
                + " Thursday with rocket shells and killed three civilians, local media reported.");
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    @Test
    void anArmedGroupTheTaggerReadAsAPlaceIsNoPlace() {
        IncidentMention m = first("Soldiers Killed in Daesh Attack in N Syria. The army said four soldiers were killed and four others were injured in a Daesh"
                + " rocket attack south of the town of al-Rai near the Turkish border.");
        assertEquals("al-Rai", m.location());
        assertEquals("Aleppo Governorate", m.admin1());
    }

    @Test
    void theAgentOfADeedIsWhoNotWhere() {
        IncidentMention m = first("A prominent cleric, accused by the United States of supporting al-Shabaab, was killed on Tuesday as he"
                + " walked out of the law courts in Mombasa, a police officer said.");
        assertEquals("KE", m.country());
        assertEquals("Mombasa", m.location());
    }

    @Test
    void aProvinceTheTextNamesAroundAVillageOutweighsTheGazetteersNamesake() {
        IncidentMention m = first("Three air raids on Al-Quriyah killed 58 civilians on Saturday, the Observatory said. Aid workers"
                + " pulled the bodies of children from the rubble in the town of Al-Quriyah in Deir ez-Zor province in eastern Syria.");
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    private static java.util.List<IncidentMention> all(String text) {
        return PIPELINE.extract(new Article("p", null, null, LocalDate.of(2019, 9, 20), null, text)).incidents();
    }

    @Test
    void aWholeWarsTollIsTheCountrysAndADaysTotalIsTheStorysPlace() {
        java.util.List<IncidentMention> war = all("Gunmen killed 15 people in Huyum, in Borno State, on Monday, residents said."
                + " Borno has been hit repeatedly. The president vowed to end six years of violence and at least 15,000 deaths.");
        assertEquals(2, war.size());
        assertEquals("NG", war.get(1).country());
        assertEquals("Nigeria", war.get(1).location());
        java.util.List<IncidentMention> days = all("Air strikes on a hospital in Aleppo killed 27 people on Wednesday, the monitor"
                + " said. Aleppo has been bombed for weeks. According to the monitor, 84 civilians were killed in government"
                + " air strikes in the last six days.");
        assertEquals(2, days.size());
        assertEquals("Aleppo", days.get(1).location());
    }

    @Test
    void amongCountriesNamedAlikeTheOneOfTheStorysPlacesThenTheFirstNamedWins() {
        IncidentMention m = first("Gunmen killed 15 people in the village of Zangeri on Monday. Another raid hit Maiduguri and"
                + " Biu last week. There have been gains by troops from Cameroon, Niger, Nigeria and Chad.");
        assertEquals("NG", m.country());
        m = first("Gunmen killed 15 people in the village of Zangeri on Monday, residents said. There have been gains by"
                + " troops from Nigeria, Niger, Chad and Cameroon.");
        assertEquals("NG", m.country());
    }

    @Test
    void aCountryAfterAPrepositionIsNotTheSubjectOfTheVerbAfterIt() {
        java.util.List<IncidentMention> m = all("Russian and Syrian jets launched air strikes in northern Syria killing dozens,"
                + " a monitor said. Russia denied it. The war has killed more than 290,000 people.");
        assertEquals("SY", m.get(m.size() - 1).country());
    }

    @Test
    void aPersianEzafeJoinsAPlacesName() {
        IncidentMention m = first("An air strike killed at least 25 people in northern Kunduz province on Monday, officials said."
                + " The strike hit a religious school in Dasht-e Archi district.");
        assertEquals("Dasht-e Archi", m.location());
        assertEquals("Kunduz Province", m.admin1());
    }

    @Test
    void anotherCountrysCapitalNamesItsGovernmentUnlessItQualifiesAPlace() {
        IncidentMention m = first("A Russian military helicopter was shot down over Syria on Monday, killing all five people on"
                + " board in the single deadliest incident for Moscow since it intervened in the war.");
        assertEquals("SY", m.country());
        m = first("The strike on Mosul killed 278 people, the deadliest since U.S. warplanes bombed a Baghdad air raid shelter"
                + " in Iraq in 1991, killing 408 people.");
        assertEquals("IQ", m.country());
    }

    @Test
    void aGovernmentsBuildingIsWhoSpokeNotWhere() {
        IncidentMention m = first("The president met his cabinet at the White House on Thursday.\n\nThe United States says a"
                + " chemical weapons attack by the government killed more than 1,400 people in Syria on August 21.");
        assertEquals("SY", m.country());
    }

    @Test
    void aRegionTheTextPutsAPlaceInOutweighsANamesakeInAnotherCountryTheStoryNames() {
        java.util.List<IncidentMention> m = all("A Saudi-led air strike killed 140 people at a funeral in Sanaa on Saturday."
                + " The coalition, which includes Jordan and Morocco, denied it. Days earlier, a similar attack by a coalition"
                + " warplane struck a marketplace in Mastaba, in Yemen's northern Hajja region. UNICEF reported that 22 children"
                + " perished in the attack.");
        IncidentMention mastaba = m.get(m.size() - 1);
        assertEquals("YE", mastaba.country());
        assertEquals("Mastaba", mastaba.location());
        assertEquals(java.util.List.of("Saudi-led coalition"), mastaba.perpetrators());
    }

    @Test
    void aVillageInAnAppositionIsPlacedByTheProvinceItNames() {
        IncidentMention m = first("Rebels said Russian jets hit an outpost in northwestern Syria near the border with Turkey on Sunday, killing at least"
                + " one fighter. They said overnight raids hit Babeska, a village in Idlib that has become a haven for rebels.");
        assertEquals("SY", m.country());
        assertEquals("Idlib Governorate", m.admin1());
    }

    @Test
    void theCitysSuburbOfATownIsTheTown() {
        IncidentMention m = first("Pro-Assad warplanes have struck a school in the Damascus suburb of Douma, activists said."
                + " At least seven people were killed, most of them children.");
        assertEquals("Douma", m.location());
        assertEquals(java.util.List.of("Syrian government"), m.perpetrators());
        m = first("A car bomb killed 12 people in the Midan neighbourhood of Damascus on Sunday.");
        assertEquals("Midan", m.location());
    }

    @Test
    void aDemonymBeforeVillagesSaysWhoseTheyAre() {
        java.util.List<IncidentMention> m = all("Boko Haram fighters killed 86 people in Dalori village near Maiduguri on"
                + " Saturday, officials said. In the Lake Chad region, on the border of Nigeria, Chad, Cameroon and Niger, suicide"
                + " bombers have attacked two Chadian villages, killing three people.");
        assertEquals("TD", m.get(m.size() - 1).country());
    }

    @Test
    void theSentenceAfterTheFirstFigureNamesTheTownInsideItsProvince() {
        IncidentMention m = first("Several suicide bombs had gone off in the attack; some were car bombs. Outnumbered, the soldiers"
                + " fought back for hours. Officials said reinforcements were on their way.\n\nAt least 17 Iraqi soldiers"
                + " have been killed in a series of suicide attacks by Islamic State militants in Anbar province, security"
                + " officials say. The militants launched a wave of bombings outside the city of Falluja on Tuesday night."
                + " Car bombs were also used to attack troops north of the town of Karma, east of Falluja.");
        assertEquals("Falluja", m.location());
        assertEquals("Anbar Governorate", m.admin1());
    }

    @Test
    void aPhotoCaptionIsNoLeadOfThePlace() {
        IncidentMention m = first("Death toll rises to 85 in Somalia's capital\n\nA general view shows the scene of an explosion"
                + " in KM4 street in the Hodan district of Mogadishu, Somalia October 14, 2017. REUTERS/Feisal Omar\n\nThe"
                + " death toll of Saturday's two bomb blasts in busy locations in Somalia's capital, Mogadishu, has risen to 85."
                + "\n\nAnother 250 people were wounded in the blast, which occurred at a busy junction.");
        assertEquals("Mogadishu", m.location());
    }

    @Test
    void aNotableCityOutweighsTheOnlyCountryAStoryNamesWhenThatIsAnAllys() {
        IncidentMention m = first("Intense bombardment by the Assad regime and its ally Russia killed over 80 civilians"
                + " including three children in the battleground city of Aleppo on Friday, a monitor said. \"At least 27"
                + " civilians were killed by raids by Russian aircraft and regime helicopters on several opposition districts"
                + " of Aleppo,\" said the Syrian Observatory for Human Rights.");
        assertEquals("Aleppo", m.location());
        assertEquals("SY", m.country());
    }

    @Test
    void aPlaceTheTextPutsNearACityIsNotANamesakeFarFromIt() {
        IncidentMention m = first("Government air strikes killed at least 12 people in Adra northeast of Damascus on Sunday,"
                + " the Syrian Observatory for Human Rights said.");
        assertEquals("Adra", m.location());
        assertTrue(GreatCircle.km(m.lat(), m.lon(), 33.51, 36.29) < 40, m.lat() + ", " + m.lon()); // not Daraa's Dar'a
        m = first("Government air strikes killed at least 12 people in Dumeir east of Damascus on Sunday, the Syrian"
                + " Observatory for Human Rights said.");
        assertEquals("Rif-dimashq Governorate", m.admin1()); // the gazetteer's Dumayr is there
        // a town on the side the text gives, further than a suburb: itself, not the city it is told from
        m = first("In Muqdadiyah, northeast of Baghdad, gunmen opened fire on a convoy on Sunday, killing four guards,"
                + " police said.");
        assertEquals("Diyala Governorate", m.admin1());
        // a namesake on another side of the city is not the place
        m = first("Gunmen killed 12 people in Daraa, north of Damascus, on Sunday.");
        assertEquals("Damascus Governorate", m.admin1());
    }

    @Test
    void aCapitalNamedByItsCountryIsThatCountrysCapital() {
        IncidentMention m = first("At least 50 fighters and two civilians were killed on Tuesday in clashes between rival groups"
                + " east of Syria's capital, a monitor said.");
        assertEquals("Damascus", m.location());
        m = first("A car bomb killed 12 people in the Somali capital on Saturday, police said.");
        assertEquals("Mogadishu", m.location());
    }

    @Test
    void whereDiplomatsMeetIsNotWhereTheAttackWas() {
        String text = "A poison gas attack killed hundreds of people in the suburbs of Damascus on Wednesday, activists said."
                + " With the death toll estimated between 500 and 1300, what would be the most lethal chemical attack in decades"
                + " prompted an emergency meeting of the U.N. Security Council in New York.";
        for (IncidentMention m : PIPELINE.extract(new Article("m", null, null, LocalDate.of(2013, 8, 21), null, text)).incidents()) {
            assertEquals("SY", m.country(), m.toString());
        }
    }

    @Test
    void aDivisionWrittenWithItsDivisionWordPlacesAStoryThatNamesNoCountry() {
        IncidentMention m = first("Bandits on Friday night killed the village head of Gwaskaram and his two sons in Darazo"
                + " Local Government Area of Bauchi State.");
        assertEquals("NG", m.country());
        assertEquals("Bauchi State", m.admin1());
        m = first("Gunmen killed eleven people at Kulumari village in Mafa Local Government Area of Borno State on Monday.");
        assertEquals("NG", m.country());
        assertEquals("Borno State", m.admin1());
    }

    @Test
    void aCountrysRegionIsNotAnotherCountrysNamesake() {
        IncidentMention m = first("A suicide bomber killed five police officers in the capital of Iraq's usually calm Kurdistan"
                + " region on Sunday, officials said.");
        assertEquals("IQ", m.country());
    }

    @Test
    void aVillageInADivisionTheSentenceNamesIsNotANamesakeElsewhereInTheCountry() {
        // Nigeria's gazetteer Tsafe is in Zamfara State
        IncidentMention m = first("Eleven people were killed by gunmen on Monday night at Tsafe village in Gombi Local"
                + " Government Area of Adamawa State.");
        assertEquals("Tsafe", m.location());
        assertEquals("Adamawa State", m.admin1());
    }

    @Test
    void aVillageTheGazetteerLacksLiesInTheOneRegionTheStoryNames() {
        IncidentMention m = first("Gunmen killed nine farmers in Ngurosoye on Tuesday, residents said. The attackers fled on"
                + " motorcycles. Many villagers have left for the camps. A Borno State Government spokesman condemned the killings.");
        assertEquals("Ngurosoye", m.location());
        assertEquals("NG", m.country());
        assertEquals("Borno State", m.admin1());
        assertEquals(GeoPrecision.REGION, m.geoPrecision());
    }

    @Test
    void whereFireCameFromIsNotWhereItFell() {
        IncidentMention m = first("Shells fired from Syria hit the Lebanese border town of Wadi Khaled on Monday, killing four"
                + " people and wounding nine, residents said.");
        assertEquals("Wadi Khaled", m.location());
        assertEquals("LB", m.country());
    }

    @Test
    void aPlaceGivenAsACountrysTownIsInThatCountry() {
        // one of the gazetteer's names of France's Caen is Konna; the sentence names French troops
        IncidentMention m = first("Fighting between the army, backed by French troops, and rebels killed eight civilians in the"
                + " northern Mali town of Konna on Monday, residents said.");
        assertEquals("Konna", m.location());
        assertEquals("ML", m.country());
    }

    @Test
    void aPlaceInAClauseSetAgainstTheKillingIsNotItsScene() {
        IncidentMention m = first("Even as the talks went on in Homs city, warplanes killed at least 14 people in strikes on a"
                + " market in a village of Idlib Province on Tuesday.");
        assertEquals("Idlib Governorate", m.admin1());
        // the clause's place when the sentence names no other
        assertEquals("Homs Governorate", first("While the truce held in Homs city, a car bomb killed 11 people on Tuesday.").admin1());
    }

    @Test
    void aPlaceOwnedInThePossessiveIsNamedWithoutItsOwner() {
        IncidentMention m = first("Gunmen shot dead two traders in Mogadishu's Hamarweyne district on Monday.");
        assertEquals("Hamarweyne", m.location());
        assertEquals("Banaadir", m.admin1());
    }

    @Test
    void aDivisionSetInCommasBesideAVillageContainsIt() {
        IncidentMention m = first("A Koran teacher and his brother from El Salam camp in Bielel locality, South Darfur, were shot"
                + " dead on Sunday.");
        assertEquals("SD", m.country());
        assertEquals("Bielel", m.location());
    }

    @Test
    void aDivisionInsideAListOfPlacesContainsNone() {
        IncidentMention m = first("Five protesters were shot dead on Friday, the ministry said. The dead were from Cairo, Minya,"
                + " Damietta and Aswan.");
        assertEquals("EG", m.country());
        assertEquals("Cairo", m.location());
    }

    @Test
    void anEthnicGroupsDemonymDoesNotNameTheCountry() {
        IncidentMention m = first("In Tuz Khurmato, a town of mostly ethnic Turkmen, three roadside bombs went off on Monday,"
                + " killing 9 people.");
        assertEquals("IQ", m.country());
    }

    @Test
    void theCountryAcrossABorderIsNotWhereItHappened() {
        IncidentMention m = first("A gang killed five Vietnamese villagers who were collecting wood near the border with Laos,"
                + " police said.");
        assertEquals("VN", m.country());
    }

    @Test
    void capitalsThatSpeakTogetherAreGovernmentsNotPlaces() {
        IncidentMention m = first("The vote comes after a gas attack on Syrian suburbs last month. Washington and Paris say"
                + " government forces were behind the attack, in which more than 1,400 people are estimated to have been killed.");
        assertEquals("SY", m.country());
    }

    @Test
    void anAttackedHeadquartersIsWhereItHappenedUnlikeADiplomatsSeat() {
        IncidentMention m = first("Four gunmen attacked a local radio station headquarters in Tikrit on Monday, killing at least"
                + " three journalists, police said.");
        assertEquals("Tikrit", m.location());
    }

    @Test
    void aNotablePlaceTheTaggerMissedPlacesAStoryThatNamesNoCountry() {
        IncidentMention m = first("Nine traders were killed by gunmen along Maiduguri- Damaturu road on Tuesday, witnesses said.");
        assertEquals("NG", m.country());
        IncidentMention initials = first("Three workers of the party in SITE area here were shot dead on Sunday night.");
        assertEquals(null, initials.country());
    }

    @Test
    void theCountryAttackersCameFromIsNotWhereTheyStruck() {
        IncidentMention m = first("At least 48 people were killed when Shebab militants from Somalia attacked hotels and houses in"
                + " the Kenyan coastal town of Mpeketoni.");
        assertEquals("KE", m.country());
    }

    @Test
    void aDistrictTheGazetteerLacksIsPlacedInTheCityItsNameGives() {
        IncidentMention m = first("Gunmen shot dead a judge named Abdi Warsame in the Kaaraan District of Mogadishu.");
        assertEquals("SO", m.country());
        assertEquals("Kaaraan District of Mogadishu", m.location());
    }

    @Test
    void aTribalAgencyIsFoundByItsBareName() {
        IncidentMention m = first("A roadside bomb in a remote valley of South Waziristan killed four soldiers on Tuesday.");
        assertEquals("PK", m.country());
    }

    @Test
    void aHeadlinesCapitalsRunningOnAfterAPlaceDoNotHideIt() {
        IncidentMention m = first("URGENT 19 Killed and Injured in Tell Abyad Terroirst Attack in Northern Syria. At least 4"
                + " people killed and 15 other injured when terrorists targeted an official building in the city.");
        assertEquals("Raqqa Governorate", m.admin1());
        IncidentMention lga = first("Rice farmers in Konduga Local Government of Borno State are fleeing, as gunmen have"
                + " killed at least eight persons in the last five days.");
        assertEquals("Konduga", lga.location());
    }

    @Test
    void aVillageIsNoForeignCityOfItsName() {
        // GeoNames knows a Chinese city once called Kaakong; a village is no city, and no vote for its country either
        assertEquals("KE", first("Kenyan police said four herders were shot dead when rustlers raided Kaakong village on"
                + " Monday.").country());
        assertEquals("KE", first("Four herders were shot dead when rustlers raided Kaakong village near Lodwar in Turkana."
                + " Two more died in Baringo.").country());
        // GeoNames knows The Hague as Gaga too
        assertEquals("CF", first("At least 30 people died in clashes between armed groups in the village of Gaga in the"
                + " Central Africa Republic.").country());
    }

    @Test
    void aBorderADemonymNamesIsOfTwoCountriesButABorderTownIsOne() {
        // the Seleka fight in the Central African Republic; the border is Chad's and theirs
        assertEquals("CF", first("Seleka fighters killed at least 12 villagers near the Chadian border on Sunday.").country());
        assertEquals("LB", first("Shells fired from across the frontier hit the Lebanese border town of Arsal, killing"
                + " four people.").country());
    }

    @Test
    void whereVillagersFledToIsNotWhereTheyWereKilled() {
        assertNotEquals("NE", first("Gunmen killed 11 people in the fishing village of Tumbun Rago, forcing hundreds to flee to"
                + " neighbouring Niger.").country());
        // a return is home: the story's country
        assertEquals("BI", first("The president has returned to Burundi. A witness saw two dead soldiers near the radio"
                + " station.").country());
    }

    @Test
    void aLargePlaceNamedInPassingPlacesAStoryThatNamesNoOther() {
        assertEquals("SO", first("A Mogadishu hospital director was gunned down by unknown attackers near his home.").country());
        assertEquals("NG", first("The dean of the Niger State Polytechnic was killed by gunmen on Tuesday.").country());
        // not a town of another country that a road's name or a village's last word spells
        assertNotEquals("CN", first("Six children were killed in a roadside blast in Dorari Banda on the Hangu-Orakzai road.")
                .country());
    }

    @Test
    void aNeighbourhoodIsNoForeignTownOfItsName() {
        IncidentMention m = first("In Daraa al-Balad the army carried out strikes against gatherings of al-Nusra terrorists in"
                + " al-Karak neighborhood killing 8 terrorists, the Syrian army said.");
        assertEquals("SY", m.country()); // not Jordan's Karak City, a governorate's seat
    }
}
