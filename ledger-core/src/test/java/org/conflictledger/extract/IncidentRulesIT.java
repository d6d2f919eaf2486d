package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Category;
import org.conflictledger.model.IncidentMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One short article and the incidents its killed figures form: which figures tell one attack, which another. */
class IncidentRulesIT {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<String> lines() {
        return GoldenLines.of("/golden/extract/incidents.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void groupsFiguresIntoIncidents(String line) {
        String text = GoldenLines.articleText(line);
        List<IncidentMention> incidents = PIPELINE.extract(GoldenLines.dated("i", line)).incidents();
        String got = incidents.stream()
                .map(i -> i.claims().stream().filter(c -> c.category() == Category.KILLED)
                        .map(c -> c.group().code() + " " + c.value()).collect(Collectors.joining(", ")))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" / "));
        assertEquals(GoldenLines.expected(line), got, text);
    }

    /** The incidents of an article of no title published on the day given. */
    private static List<IncidentMention> incidents(String text, int year, int month, int day) {
        return PIPELINE.extract(new org.conflictledger.model.Article("t", null, null, java.time.LocalDate.of(year, month, day),
                null, text)).incidents();
    }

    @org.junit.jupiter.api.Test
    void aHeadlineThatSaysWhoTheDeadWereAddsItsFigureToTheBodysOfAll() {
        String title = "Car bomb kills 30 civilians in Mogadishu";
        String text = title + "\nAbout 30 people were killed and at least 90 injured in the Somali capital on Saturday"
                + " morning by a car bomb, police said.";
        List<IncidentMention> incidents = PIPELINE.extract(new org.conflictledger.model.Article("h", null, null,
                java.time.LocalDate.of(2019, 12, 28), title, text)).incidents();
        String got = incidents.stream().flatMap(i -> i.claims().stream()).filter(c -> c.category() == Category.KILLED)
                .map(c -> c.group().code() + " " + c.value()).sorted().collect(Collectors.joining(", "));
        assertEquals("all 30, civilians 30", got);
    }

    @org.junit.jupiter.api.Test
    void inAPageOfNoDateDaysOfTheYearTellAttacksApartAndACaptionRepeatingTheStoryIsNoIncident() {
        String text = "Fighters in Raqqa\nA coalition has intensified its bombing in Syria following the massacre of 130 people"
                + " by IS terrorists in Paris REUTERS\n\nAt least 32 IS fighters died in bombing raids on bases in Raqqa city."
                + " The raids were carried out on 6 December, the monitor said.\n\nThe coalition has intensified its campaign"
                + " following the massacre of 130 people by IS terrorists in Paris. All 224 passengers were killed in the plane"
                + " crash on 31 October.";
        List<IncidentMention> incidents = PIPELINE.extract(new org.conflictledger.model.Article("u", null, null, null, null,
                text)).incidents();
        String got = incidents.stream().map(i -> i.claims().stream().filter(c -> c.category() == Category.KILLED)
                .map(c -> c.group().code() + " " + c.value()).collect(Collectors.joining(", "))).collect(Collectors.joining(" / "));
        assertEquals("combatants 32 / all 130 / all 224", got);
    }

    @org.junit.jupiter.api.Test
    void attackersWhoAlsoKilledOnADayOfItsOwnStruckAgainWhereTheStoryIs() {
        // a page of no date: "yesterday" is a day though none can be given; the story's figures name no day
        String text = "Activists said at least 27 civilians were killed by air strikes on the town of Saraqib."
                + " Warplanes also killed 11 civilians yesterday and the dead included 4 children.";
        List<IncidentMention> incidents = PIPELINE.extract(new org.conflictledger.model.Article("a", null, null, null, null,
                text)).incidents();
        assertEquals(2, incidents.size());
        assertEquals(incidents.get(0).location(), incidents.get(1).location());
        assertEquals(11, incidents.get(1).claims().get(0).value());
        // in a dated page the day is given, and the first attack does not take it
        incidents = PIPELINE.extract(new org.conflictledger.model.Article("b", null, null, java.time.LocalDate.of(2016, 3, 19),
                null, text)).incidents();
        assertEquals(2, incidents.size());
        assertEquals(java.time.LocalDate.of(2016, 3, 18), incidents.get(1).dateStart());
        assertEquals(null, incidents.get(0).dateStart());
    }

    @org.junit.jupiter.api.Test
    void anIncidentOfNoNamedKindWhoseDeadAreAllCombatantsIsAFight() {
        String text = "Government forces west of the city killed nine militants on Saturday and dismantled 72 roadside bombs,"
                + " a commander said.";
        IncidentMention m = incidents(text, 2015, 8, 25).get(0);
        assertEquals(org.conflictledger.model.EventType.ARMED_CLASH, m.eventType());
    }

    @org.junit.jupiter.api.Test
    void aBlastTheLeadTellsWasAnAirStrikeIsAnAirStrike() {
        String text = "Yemen's former president has announced an alliance with the Houthis, after the Arab coalition launched"
                + " two air strikes on his home in the capital, Sanaa, early on Sunday. He was not at home during the"
                + " bombing, which killed three guards and destroyed three buildings.";
        IncidentMention m = incidents(text, 2015, 5, 11).get(0);
        assertEquals(org.conflictledger.model.EventType.AIR_STRIKE, m.eventType());
    }

    @org.junit.jupiter.api.Test
    void mortarsThatKilledAreNoAirStrikeThoughAnotherSentenceOfTheAttackNamesOne() {
        String text = "Yemeni rebels have fired rockets and mortars into Saudi Arabia, killing at least two civilians."
                + " Saudi authorities said that the armed Houthi fighters carried out the attacks on Tuesday in the town of"
                + " Najran. He said the latest attack complicates the work of the Saudi military, while carrying out air"
                + " strikes inside Yemen.";
        IncidentMention m = incidents(text, 2015, 5, 6).get(0);
        assertEquals(org.conflictledger.model.EventType.SHELLING_ARTILLERY_MISSILE, m.eventType());
        assertEquals(java.util.List.of("Houthis"), m.perpetrators());
    }

    @org.junit.jupiter.api.Test
    void aStoryOfADisasterHasNoIncidentWhereNoWordOfArmedViolenceStandsByItsFigure() {
        assertEquals(List.of(), incidents("At least 72 workers have been killed after a fire hit a footwear factory in a suburb"
                + " of Manila. Police said on Thursday that dozens of bodies had been recovered.", 2015, 5, 14));
        // a war's toll the story tells beside the disaster is still one
        List<IncidentMention> toll = incidents("Nepal's rivals agreed on a new charter after the earthquake that killed"
                + " thousands in April. Talks followed a decade-long Maoist rebellion that left 16,000 people dead.", 2015, 6, 9);
        assertEquals(1, toll.size());
        assertEquals(16000, toll.get(0).claims().get(0).value());
        // and a fire that gunmen set is no disaster
        assertEquals(1, incidents("Gunmen attacked a market in Maiduguri and a fire broke out. Police said 12 people were"
                + " killed in the attack.", 2015, 5, 14).size());
        // migrants who died at sea or in smugglers' camps died of no conflict, unless armed violence killed them
        assertEquals(List.of(), incidents("Navy ships rescued 2,000 migrants off the coast of Libya. The boats also carried"
                + " 12 bodies, the coastguard said. So far this year 1,700 people have died on the journey.", 2015, 5, 30));
        assertEquals(1, incidents("Navy ships rescued 2,000 migrants off the coast of Libya. Gunmen had earlier attacked"
                + " a boat and killed 12 migrants, the coastguard said.", 2015, 5, 30).size());
    }

    @org.junit.jupiter.api.Test
    void aStoryThatNamesNoArmedViolenceAndNoKillingHasNoIncident() {
        // deaths a product, a mine or an illness caused, told with no word of a disaster the sentence rule knows
        assertEquals(List.of(), incidents("The carmaker will recall 3 million vehicles. Regulators said the faulty"
                + " brakes had been responsible for at least seven deaths and dozens of injuries. Its shares fell.", 2015, 5, 20));
        assertEquals(List.of(), incidents("Rescuers recovered four bodies from a coal mine on Tuesday. Twenty workers are"
                + " missing and feared dead after water poured into the shafts. Families waited at the gate.", 2015, 5, 20));
        // a killing, or bullet wounds, are violence though no weapon or fight is named; a snippet may leave it unsaid
        assertEquals(1, incidents("Twenty workers are feared dead.", 2015, 5, 20).size());
        assertEquals(1, incidents("Prosecutors say the killings of 11 people near the capital were the work of a"
                + " cartel. Their bodies were found on Tuesday. They were informants.", 2015, 5, 20).size());
        assertEquals(1, incidents("The bodies of six men were found beside a road on Tuesday. Officials said the six"
                + " bodies had bullet wounds. No motive was given.", 2015, 5, 20).size());
    }

    @org.junit.jupiter.api.Test
    void aWarsTollThatIsTheStorysOnlyIncidentIsTheCountrysNotTheNewssTown() {
        IncidentMention m = incidents("Soldiers were deployed in the capital, Bujumbura, on Tuesday as protests against the"
                + " president went on. As many as 300,000 people died in the civil war that ended in 2005.", 2015, 5, 18).get(0);
        assertEquals("Burundi", m.location());
        assertEquals(org.conflictledger.model.GeoPrecision.COUNTRY, m.geoPrecision());
        assertEquals("BI", m.country());
    }

    @org.junit.jupiter.api.Test
    void aWarsTollToldFirstTakesNeitherTheKindNorTheAttackersOfTheLead() {
        String text = "Nigerian troops supported by air raids have deployed into the Sambisa Forest, the last stronghold of"
                + " Boko Haram. According to Amnesty International, more than 5,500 civilians have been killed since 2009"
                + " in the country's northeast.";
        IncidentMention m = incidents(text, 2015, 5, 6).get(0);
        assertEquals(org.conflictledger.model.EventType.OTHER, m.eventType());
    }

    @org.junit.jupiter.api.Test
    void aTollSinceADaySpansTheDaysToTheReportAtTheStorysPlace() {
        String text = "Russian air strikes killed 12 people in Raqqa on Sunday, the Observatory said. The monitor said 58"
                + " civilians have been killed in the strikes since June 6.";
        List<IncidentMention> incidents = incidents(text, 2016, 6, 20);
        assertEquals(2, incidents.size(), incidents.toString());
        assertEquals(java.time.LocalDate.of(2016, 6, 6), incidents.get(1).dateStart());
        assertEquals(java.time.LocalDate.of(2016, 6, 20), incidents.get(1).dateEnd());
        assertEquals("Raqqa", incidents.get(1).location()); // not Russia, whose jets struck
        assertEquals(java.time.LocalDate.of(2016, 6, 19), incidents.get(0).dateEnd());
    }

    @org.junit.jupiter.api.Test
    void aWarsTollInThousandsIsOfNoOneKindOfAttack() {
        String text = "An air strike on a bus killed 40 children in Dahyan on Thursday. It was the latest of many attacks in"
                + " a country where the war has killed thousands.";
        List<IncidentMention> incidents = incidents(text, 2018, 8, 10);
        assertEquals(2, incidents.size(), incidents.toString());
        assertEquals(org.conflictledger.model.EventType.AIR_STRIKE, incidents.get(0).eventType());
        assertEquals(org.conflictledger.model.EventType.OTHER, incidents.get(1).eventType());
    }

    @org.junit.jupiter.api.Test
    void aFigureOfTheDayPriorIsOfTheDayBeforeTheStorysAttackAndItsKillersAreTheStatesForces() {
        String text = "At least 18 members of the security forces were killed in clashes with IS militants northwest of Ramadi on"
                + " Sunday, officials said. The day prior, government forces west of the city killed nine IS fighters, a general"
                + " told a news site.";
        List<IncidentMention> incidents = incidents(text, 2015, 8, 25);
        assertEquals(2, incidents.size(), incidents.toString());
        assertEquals(java.time.LocalDate.of(2015, 8, 23), incidents.get(0).dateStart());
        assertEquals(java.time.LocalDate.of(2015, 8, 22), incidents.get(1).dateStart());
        assertEquals(List.of("Iraqi government"), incidents.get(1).perpetrators());
    }
}
