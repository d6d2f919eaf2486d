package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Place names that stand for who acted or spoke: compounds, speakers, modifiers and parts of a group's name. */
class ActorPlacesTest {
    /** Tokens from "word/POS/LEMMA/NER" items; NER is LOCATION for "L", DATE for "D", none otherwise. */
    private static List<Token> tokens(String... items) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : items) {
            String[] f = item.split("/");
            EntityType ner = f.length > 3 ? (f[3].equals("L") ? EntityType.LOCATION : EntityType.DATE) : EntityType.NONE;
            out.add(new Token(out.size(), f[0], at, at + f[0].length(), f[1], f[2], ner));
            at += f[0].length() + 1;
        }
        return out;
    }

    private static EntityMention place(List<Token> tokens, int index) {
        Token t = tokens.get(index);
        return new EntityMention(EntityType.LOCATION, 0, index, index + 1, t.start(), t.end(), t.text(), null, null, null);
    }

    @Test
    void aPlaceBeforeAReportingVerbSpeaks() {
        List<Token> t = tokens("Russia/NNP/Russia/L", "says/VBZ/say", "62/CD/62");
        assertTrue(ActorPlaces.speaking(t, place(t, 0)));
        List<Token> bombed = tokens("Aleppo/NNP/Aleppo/L", "was/VBD/be", "bombed/VBN/bomb");
        assertFalse(ActorPlaces.speaking(bombed, place(bombed, 0)));
    }

    @Test
    void aPlaceAfterAccordingToToldTheFigureButAPlaceAfterInIsWhere() {
        List<Token> t = tokens("according/VBG/accord", "to/TO/to", "Saba/NNP/Saba/L", "reports/NNS/report");
        assertTrue(ActorPlaces.accordingTo(t, place(t, 2)));
        List<Token> the = tokens("according/VBG/accord", "to/TO/to", "the/DT/the", "Saba/NNP/Saba/L");
        assertTrue(ActorPlaces.accordingTo(the, place(the, 3)));
        List<Token> fled = tokens("fled/VBD/flee", "to/TO/to", "Aleppo/NNP/Aleppo/L");
        assertFalse(ActorPlaces.accordingTo(fled, place(fled, 2)));
    }

    @Test
    void aCountryBeforeANounModifiesItButNotBeforeATimeOrAPlace() {
        List<Token> t = tokens("South Sudan/NNP/South Sudan/L", "militia/NN/militia");
        assertTrue(ActorPlaces.beforeNoun(t, place(t, 0)));
        List<Token> today = tokens("northern/JJ/northern", "Mali/NNP/Mali/L", "today/NN/today/D");
        assertFalse(ActorPlaces.beforeNoun(today, place(today, 1)));
        List<Token> town = tokens("Syria/NNP/Syria/L", "Idlib/NNP/Idlib/L");
        assertFalse(ActorPlaces.beforeNoun(town, place(town, 0)));
    }

    @Test
    void aPlaceBeforeANounOfGoverningStandsForItsGovernment() {
        List<Token> t = tokens("despite/IN/despite", "Damascus/NNP/Damascus/L", "promises/NNS/promise");
        assertTrue(ActorPlaces.governing(t, place(t, 1)));
        List<Token> own = tokens("Moscow/NNP/Moscow/L", "'s/POS/'s", "allies/NNS/ally");
        assertTrue(ActorPlaces.governing(own, place(own, 0)));
        List<Token> land = tokens("Aleppo/NNP/Aleppo/L", "countryside/NN/countryside");
        assertFalse(ActorPlaces.governing(land, place(land, 0)));
        List<Token> area = tokens("Hong/NNP/Hong/L", "government/NN/government", "Area/NNP/Area");
        assertFalse(ActorPlaces.governing(area, place(area, 0)));
    }

    @Test
    void whereTheWoundedWereTakenIsNotWhereTheyWereHurt() {
        List<Token> t = tokens("were/VBD/be", "rushed/VBN/rush", "to/TO/to", "hospitals/NNS/hospital", "in/IN/in",
                "Maiduguri/NNP/Maiduguri/L");
        assertTrue(ActorPlaces.whereTreated(t, place(t, 5)));
        List<Token> hit = tokens("struck/VBD/strike", "a/DT/a", "hospital/NN/hospital", "in/IN/in", "Kunduz/NNP/Kunduz/L");
        assertFalse(ActorPlaces.whereTreated(hit, place(hit, 4)));
        List<Token> far = tokens("brought/VBN/bring", "to/TO/to", "hospital/NN/hospital", "after/IN/after", "clashes/NNS/clash",
                "erupted/VBD/erupt", "in/IN/in", "Homs/NNP/Homs/L");
        assertFalse(ActorPlaces.whereTreated(far, place(far, 7)));
    }

    @Test
    void aPlaceBlamedOrAccusedIsWhoNotWhere() {
        List<Token> t = tokens("blamed/VBD/blame", "France/NNP/France/L", "for/IN/for");
        assertTrue(ActorPlaces.heldTo(t, place(t, 1)));
        List<Token> in = tokens("killed/VBD/kill", "in/IN/in", "France/NNP/France/L");
        assertFalse(ActorPlaces.heldTo(in, place(in, 2)));
    }

    @Test
    void aPlaceInsideTheIslamicStatesNameIsPartOfTheName() {
        List<Token> t = tokens("the/DT/the", "Islamic/NNP/Islamic", "State/NNP/State", "of/IN/of", "Iraq/NNP/Iraq/L",
                "and/CC/and", "the/DT/the", "Levant/NNP/Levant/L");
        assertTrue(ActorPlaces.inGroupName(t, place(t, 4)));
        assertTrue(ActorPlaces.inGroupName(t, place(t, 7)));
        List<Token> plain = tokens("fighting/NN/fighting", "in/IN/in", "Iraq/NNP/Iraq/L");
        assertFalse(ActorPlaces.inGroupName(plain, place(plain, 2)));
        List<Token> paper = tokens("the/DT/the", "Los Angeles/NNP/Los Angeles/L", "Times/NNP/Times", "reports/VBZ/report");
        assertTrue(ActorPlaces.inGroupName(paper, place(paper, 1)));
    }

    @Test
    void anOfficialsSeatIsWhereASpeakerSits() {
        List<Token> t = tokens("a/DT/a", "U.S./NNP/U.S.", "official/NN/official", "in/IN/in", "Kabul/NNP/Kabul/L");
        assertTrue(ActorPlaces.speakerSeat(t, place(t, 4)));
        List<Token> based = tokens("a/DT/a", "spokesman/NN/spokesman", "based/VBN/base", "in/IN/in", "Baghdad/NNP/Baghdad/L");
        assertTrue(ActorPlaces.speakerSeat(based, place(based, 4)));
        List<Token> residents = tokens("residents/NNS/resident", "in/IN/in", "Raqqa/NNP/Raqqa/L");
        assertFalse(ActorPlaces.speakerSeat(residents, place(residents, 2)));
        List<Token> first = tokens("Kabul/NNP/Kabul/L", "said/VBD/say");
        assertFalse(ActorPlaces.speakerSeat(first, place(first, 0)));
    }

    @Test
    void aCompoundIsAnActor() {
        assertTrue(ActorPlaces.compound("US-led strikes", 2));
        assertFalse(ActorPlaces.compound("in Syria.", 8));
    }

    @Test
    void aPlaceAfterByIsTheAgentOfTheDeedButNotAfterAPreposition() {
        List<Token> t = tokens("attacks/NNS/attack", "carried/VBD/carry", "out/RP/out", "by/IN/by", "Washington/NNP/Washington/L");
        assertTrue(ActorPlaces.agent(t, place(t, 4)));
        List<Token> killed = tokens("killed/VBN/kill", "by/IN/by", "the/DT/the", "United States/NNP/United States/L");
        assertTrue(ActorPlaces.agent(killed, place(killed, 3)));
        List<Token> stood = tokens("stood/VBD/stand", "close/RB/close", "by/IN/by", "Aleppo/NNP/Aleppo/L");
        assertFalse(ActorPlaces.agent(stood, place(stood, 3)));
        List<Token> allies = tokens("agreed/VBN/agree", "by/IN/by", "regime/NN/regime", "allies/NNS/ally", "Iran/NNP/Iran/L",
                "and/CC/and", "Russia/NNP/Russia/L");
        assertTrue(ActorPlaces.agent(allies, place(allies, 4)));
        assertTrue(ActorPlaces.agent(allies, place(allies, 6)));
        List<Token> strike = tokens("killed/VBN/kill", "by/IN/by", "a/DT/a", "strike/NN/strike", "in/IN/in", "Aleppo/NNP/Aleppo/L");
        assertFalse(ActorPlaces.agent(strike, place(strike, 5)));
    }

    @Test
    void aGovernmentsBuildingIsNoPlace() {
        List<Token> t = tokens("the/DT/the", "White House/NNP/White House/L", "said/VBD/say");
        assertTrue(ActorPlaces.seatOfGovernment(place(t, 1)));
        List<Token> e = tokens("the/DT/the", "Élysée/NNP/Élysée/L");
        assertTrue(ActorPlaces.seatOfGovernment(place(e, 1)));
        List<Token> w = tokens("in/IN/in", "White River/NNP/White River/L");
        assertFalse(ActorPlaces.seatOfGovernment(place(w, 1)));
    }

    @Test
    void aPlaceBeforeNewsAgencyNamesTheOutlet() {
        List<Token> t = tokens("Firat/NNP/Firat/L", "news/NN/news", "agency/NN/agency", "said/VBD/say");
        assertTrue(ActorPlaces.inGroupName(t, place(t, 0)));
        List<Token> office = tokens("in/IN/in", "Afrin/NNP/Afrin/L", "near/IN/near", "the/DT/the", "border/NN/border");
        assertFalse(ActorPlaces.inGroupName(office, place(office, 1)));
    }
}
