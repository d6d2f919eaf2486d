package org.conflictledger.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictledger.model.Article;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Qualifier;

/** Articles with their extractions, written out as the extractor would give them: evidence spans inside the text. */
final class Entries {
    private Entries() {
    }

    /** What one article says about one incident. */
    record Story(String id, String outlet, LocalDate published, String country, String admin1, String location,
                 double lat, double lon, LocalDate day, EventType type, List<String> perpetrators, String source,
                 Group group, int killed, String lead) {
        Story withId(String newId) {
            return new Story(newId, outlet, published, country, admin1, location, lat, lon, day, type, perpetrators, source,
                    group, killed, lead);
        }

        Story withKilled(int k, String newSource) {
            return new Story(id, outlet, published, country, admin1, location, lat, lon, day, type, perpetrators, newSource,
                    group, k, lead);
        }

        Story withLead(String newLead) {
            return new Story(id, outlet, published, country, admin1, location, lat, lon, day, type, perpetrators, source,
                    group, killed, newLead);
        }

        Story published(LocalDate p) {
            return new Story(id, outlet, p, country, admin1, location, lat, lon, day, type, perpetrators, source,
                    group, killed, lead);
        }

        Story outlet(String o) {
            return new Story(id, o, published, country, admin1, location, lat, lon, day, type, perpetrators, source,
                    group, killed, lead);
        }
    }

    static Story raqqa(String id) {
        return new Story(id, "Wire", LocalDate.of(2015, 11, 16), "SY", "Raqqa Governorate", "Raqqa", 35.95, 39.01,
                LocalDate.of(2015, 11, 15), EventType.AIR_STRIKE, List.of("Russia"), "Syrian Observatory for Human Rights",
                Group.CIVILIANS, 33, "Warplanes struck the eastern districts of the city on Sunday night.");
    }

    static Story aleppo(String id) {
        return new Story(id, "Daily", LocalDate.of(2016, 4, 28), "SY", "Aleppo Governorate", "Aleppo", 36.2, 37.16,
                LocalDate.of(2016, 4, 27), EventType.AIR_STRIKE, List.of("Syrian government"), "Syrian Civil Defence",
                Group.CIVILIANS, 50, "A hospital in the besieged quarter was hit by barrel bombs.");
    }

    static Story kabul(String id) {
        return new Story(id, "Kabul Times", LocalDate.of(2017, 5, 31), "AF", "Kabul", "Kabul", 34.53, 69.17,
                LocalDate.of(2017, 5, 31), EventType.SUICIDE_BOMB, List.of("Taliban"), "Ministry of Public Health",
                Group.ALL, 90, "A truck bomb exploded in the diplomatic quarter during the morning rush hour.");
    }

    static Story sanaa(String id) {
        return new Story(id, "Yemen Post", LocalDate.of(2015, 9, 29), "YE", "Sanaa", "Sanaa", 15.35, 44.2,
                LocalDate.of(2015, 9, 28), EventType.SHELLING_ARTILLERY_MISSILE, List.of("Saudi-led coalition"), "medics",
                Group.CIVILIANS, 4, "Shells fell on a wedding party outside the capital.");
    }

    static LedgerStore.Entry entry(Story s) {
        String groupWord = switch (s.group()) {
            case CIVILIANS -> "civilians";
            case COMBATANTS -> "fighters";
            default -> "people";
        };
        String evidence = "At least " + s.killed() + " " + groupWord + " were killed in " + s.location() + ", the "
                + s.source() + " said.";
        String text = s.lead() + " " + evidence + " Rescue workers searched the rubble for survivors.";
        int start = text.indexOf(evidence);
        Claim claim = new Claim(s.source(), Category.KILLED, s.group(), s.killed(), Qualifier.AT_LEAST, evidence, start,
                start + evidence.length());
        IncidentMention m = new IncidentMention(s.id() + "/1", s.type(), s.day(), s.day(), s.location(), s.admin1(),
                s.country(), s.lat(), s.lon(), GeoPrecision.CITY, s.perpetrators(), false, List.of(claim));
        Article a = new Article(s.id(), "https://example.org/" + s.id(), s.outlet(), s.published(),
                "Strike on " + s.location(), text);
        return new LedgerStore.Entry(a, new Extraction(s.id(), List.of(m)));
    }

    static List<LedgerStore.Entry> entries(Story... stories) {
        List<LedgerStore.Entry> out = new ArrayList<>();
        for (Story s : stories) {
            out.add(entry(s));
        }
        return out;
    }

    /** An article that reports no incident. */
    static LedgerStore.Entry quiet(String id, String text) {
        return new LedgerStore.Entry(new Article(id, null, null, null, null, text), new Extraction(id, List.of()));
    }
}
