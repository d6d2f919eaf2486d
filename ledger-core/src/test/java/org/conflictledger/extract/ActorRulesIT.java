package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Article;
import org.conflictledger.model.IncidentMention;
import org.junit.jupiter.api.Test;

/** Who did it, read by the whole pipeline from a short story written for the test. */
class ActorRulesIT {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @Test
    void aStatesMilitaryCountingTheFightersAStrikeKilledNamesItsOwnStrike() {
        String text = "Officials said the attack Monday on a religious school in Kunduz province killed at least 70 people."
                + " \u201cThe airstrike killed more than 30 Taliban fighters,\u201d Ministry of Defense spokesman Mohammad"
                + " Radmanish told Al Jazeera.";
        IncidentMention m = PIPELINE.extract(new Article("m", null, null, LocalDate.of(2018, 4, 3), null, text)).incidents().get(0);
        assertEquals(List.of("Afghan government"), m.perpetrators());
        // another state's military speaks of a strike, not of its own
        text = "An airstrike on a religious school in Kunduz province killed at least 30 Taliban fighters on Monday, the US"
                + " military said.";
        m = PIPELINE.extract(new Article("n", null, null, LocalDate.of(2018, 4, 3), null, text)).incidents().get(0);
        assertEquals(List.of(), m.perpetrators());
    }

    @Test
    void aSecondIncidentTakesTheBlameStatedRightAfterIt() {
        String text = "Gunmen stormed a checkpoint in Zabul province on Wednesday, killing five policemen, officials said."
                + "\n\nIn other violence, a roadside bomb in Ghazni province killed a police chief on Thursday."
                + " Another officer was wounded."
                + " The provincial police chief blamed the Taliban for planting the bomb.";
        List<IncidentMention> incidents = PIPELINE.extract(new Article("a", null, null, LocalDate.of(2017, 9, 21), null, text))
                .incidents();
        assertEquals(2, incidents.size(), incidents.toString());
        assertEquals(List.of("Taliban"), incidents.get(1).perpetrators());
    }

    @Test
    void aFollowUpFigureOfNoKindOfItsOwnIsTheStorysAttackItsAttackersKindAndDay() {
        String text = "Boko Haram fighters attacked three villages near Maiduguri on Tuesday night, killing at least 12 people,"
                + " residents said.\n\nIn the village of Gamboru, a resident said four people had died there.";
        List<IncidentMention> incidents = PIPELINE.extract(new Article("b", null, null, LocalDate.of(2018, 11, 1), null, text))
                .incidents();
        assertEquals(2, incidents.size(), incidents.toString());
        assertEquals(List.of("Boko Haram"), incidents.get(1).perpetrators());
        assertEquals(incidents.get(0).eventType(), incidents.get(1).eventType());
        assertEquals(LocalDate.of(2018, 10, 30), incidents.get(1).dateStart());
    }

    @Test
    void aCountrysNameBeforeAnAttackBesideAnotherActorIsWhereNotWho() {
        String text = "Saudi-led coalition to investigate Yemen air strikes.\n\nThree air strikes hit a market in Hajjah province"
                + " on Tuesday, killing at least 41 civilians, a health official said. Houthi rebels described the air attack by"
                + " the Saudi-led coalition as a massacre.";
        IncidentMention m = PIPELINE.extract(new Article("c", null, null, LocalDate.of(2016, 3, 16), null, text)).incidents().get(0);
        assertEquals(List.of("Saudi-led coalition"), m.perpetrators());
        text = "Israel air strike kills five in Gaza.\n\nAn air strike hit a house in Gaza City on Monday, killing five people,"
                + " medics said.";
        m = PIPELINE.extract(new Article("d", null, null, LocalDate.of(2016, 3, 16), null, text)).incidents().get(0);
        assertEquals(List.of("Israel"), m.perpetrators());
    }

    @Test
    void rebelShellingIsTheRebelsOfTheIncidentsCountryAndAnotherIncidentsLeadSentenceNamesNoneOfTheMain() {
        String text = "Air strikes on a hospital in Aleppo killed 20 people overnight, a monitor said on Thursday."
                + " It said 84 civilians had been killed in government air strikes and 49 civilians were killed in rebel"
                + " shelling of government-held areas of Aleppo in the past six days.";
        List<IncidentMention> incidents = PIPELINE.extract(new Article("r", null, null, LocalDate.of(2016, 4, 28), null, text))
                .incidents();
        assertEquals(3, incidents.size(), incidents.toString());
        assertEquals(List.of(), incidents.get(0).perpetrators());
        assertEquals(List.of("Syrian government"), incidents.get(1).perpetrators());
        assertEquals(List.of("Syrian rebels"), incidents.get(2).perpetrators());
    }

    @Test
    void aTotalOverDaysOfTheStorysKindOfAttackAtItsPlaceIsTheSameAttackersCampaign() {
        String text = "A US-led coalition airstrike on a truck led to the deaths of dozens of civilians in Mosul, a senior officer"
                + " said Sunday. The coalition has acknowledged hitting the vehicle in the March 17 strike. Confusion has surrounded"
                + " airstrikes on the city between March 17 and 23 after allegations that as many as 200 civilians had been killed"
                + " there.";
        List<IncidentMention> incidents = PIPELINE.extract(new Article("m", null, null, LocalDate.of(2017, 3, 26), null, text))
                .incidents();
        assertEquals(2, incidents.size(), incidents.toString());
        assertEquals(incidents.get(0).perpetrators(), incidents.get(1).perpetrators());
        assertEquals(List.of("US-led coalition"), incidents.get(1).perpetrators());
    }

    @Test
    void aCampaignsTollByTheStorysAttacksNamedAgainIsTheStorysAttackers() {
        String text = "An airstrike by the Saudi-led coalition on Saturday hit a funeral hall in Sanaa, killing at least 82 people,"
                + " the Health Ministry said. The Saudi coalition backs the government in a civil war that broke out in 2014."
                + " The UN estimates 3,800 civilians have been killed by the airstrikes, which began in March 2015.";
        List<IncidentMention> incidents = PIPELINE.extract(new Article("y", null, null, LocalDate.of(2016, 10, 9), null, text))
                .incidents();
        assertEquals(2, incidents.size(), incidents.toString());
        assertEquals(List.of("Saudi-led coalition"), incidents.get(1).perpetrators());
    }
}
