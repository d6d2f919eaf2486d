package org.conflictledger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.conflictledger.model.Qualifier;

/** System outputs made from the gold files: the gold itself, and seeded random damage to it. */
final class GoldFixtures {
    private static final List<String> OTHER_SOURCES = List.of("SOHR", "reporter", "AFP", "the Observatory",
            "MSF", "Doctors Without Borders", "local officials", "Reuters", "witnesses");
    private static final List<String> OTHER_PLACES = List.of("Aleppo", "Halab", "Mosul", "Sanaa", "Sana'a", "Kunduz",
            "Raqqah", "Ar Raqqa", "Deir ez-Zor", "Mogadishu");
    private static final List<String> OTHER_PERPETRATORS = List.of("Boko Haram", "BH", "Russia", "Saudi-led coalition",
            "US", "United States", "Islamic State", "IS", "ISIS", "Taliban");

    private GoldFixtures() {
    }

    /** The gold articles as our records: what a perfect extractor would write. */
    static List<Extraction> goldAsExtractions(Path goldDir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(goldDir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Extraction> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode doc = Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
            String text = doc.path("text").asText("");
            for (JsonNode inc : doc.path("incidents")) {
                for (JsonNode c : inc.path("claims")) {
                    String evidence = c.path("evidence").asText("");
                    int start = Math.max(0, text.indexOf(evidence));
                    ((ObjectNode) c).put("start", start).put("end", start + evidence.length());
                }
            }
            out.add(Json.mapper().treeToValue(doc, Extraction.class));
        }
        return out;
    }

    /** The gold output damaged at random: dropped, changed, merged and split incidents and claims. */
    static List<Extraction> perturbed(List<Extraction> gold, long seed) {
        Random r = new Random(seed);
        double rate = 0.05 + 0.3 * r.nextDouble();
        List<String> ids = gold.stream().map(Extraction::id).toList();
        List<Extraction> out = new ArrayList<>();
        for (Extraction e : gold) {
            if (r.nextDouble() < rate / 2) {
                continue;
            }
            List<IncidentMention> incidents = new ArrayList<>();
            for (IncidentMention m : e.incidents()) {
                if (r.nextDouble() < rate / 2) {
                    continue;
                }
                IncidentMention changed = perturb(m, e.id(), r, rate);
                incidents.add(changed);
                if (r.nextDouble() < rate / 4) {
                    incidents.add(perturb(m, e.id(), r, rate));
                }
            }
            if (r.nextDouble() < rate / 2) {
                incidents.add(spurious(r, e.id()));
            }
            if (r.nextDouble() < 0.3) {
                Collections.shuffle(incidents, r);
            }
            if (incidents.size() > 1 && r.nextDouble() < rate) {
                int cut = 1 + r.nextInt(incidents.size() - 1);
                out.add(new Extraction(e.id(), incidents.subList(0, cut)));
                out.add(new Extraction(e.id(), incidents.subList(cut, incidents.size())));
            } else {
                out.add(new Extraction(e.id(), incidents));
            }
        }
        if (r.nextBoolean()) {
            out.add(new Extraction("not-in-gold-" + seed, List.of(spurious(r, "x"))));
        }
        if (r.nextDouble() < 0.2) {
            out.add(new Extraction(ids.get(r.nextInt(ids.size())), List.of()));
        }
        Collections.shuffle(out, r);
        return out;
    }

    private static IncidentMention perturb(IncidentMention m, String article, Random r, double rate) {
        String id = m.incidentId();
        double x = r.nextDouble();
        if (x < rate / 2) {
            id = id + "-in-" + article;
        } else if (x < rate) {
            id = "merged-" + r.nextInt(3);
        } else if (x < rate * 1.2) {
            id = "";
        }
        EventType type = r.nextDouble() < rate ? pick(r, List.of(EventType.values())) : m.eventType();
        LocalDate start = m.dateStart();
        LocalDate end = m.dateEnd();
        x = r.nextDouble();
        if (x < rate / 2) {
            start = null;
            end = null;
        } else if (x < rate * 1.5) {
            start = (start == null ? LocalDate.of(2016, 3, 18) : start).plusDays(r.nextInt(5) - 2);
            end = start;
        }
        String location = m.location();
        x = r.nextDouble();
        if (x < rate) {
            String base = location == null ? "Raqqa" : location;
            location = pick(r, List.of("al-" + base, "Ar-" + base + "h", base.toUpperCase(), base + " city",
                    base + "  Province", "", "El " + base, base.substring(0, Math.max(1, base.length() - 2)),
                    pick(r, OTHER_PLACES)));
        } else if (x < rate * 1.3) {
            location = null;
        }
        String country = m.country();
        x = r.nextDouble();
        if (x < rate / 2) {
            country = null;
        } else if (x < rate) {
            country = pick(r, List.of("SY", "IQ", "YE", "NG"));
        }
        List<String> perpetrators = new ArrayList<>(m.perpetrators());
        if (r.nextDouble() < rate && !perpetrators.isEmpty()) {
            perpetrators.remove(r.nextInt(perpetrators.size()));
        }
        if (r.nextDouble() < rate) {
            perpetrators.add(pick(r, OTHER_PERPETRATORS));
        }
        List<Claim> claims = new ArrayList<>();
        for (Claim c : m.claims()) {
            if (r.nextDouble() < rate) {
                continue;
            }
            claims.add(perturb(c, r, rate));
            if (r.nextDouble() < rate / 3) {
                claims.add(perturb(c, r, rate));
            }
        }
        return new IncidentMention(id, type, start, end, location, m.admin1(), country, m.lat(), m.lon(),
                m.geoPrecision(), perpetrators, m.disputedPerpetrator(), claims);
    }

    private static Claim perturb(Claim c, Random r, double rate) {
        String source = c.source();
        if (r.nextDouble() < rate) {
            source = pick(r, List.of(TextMatch.acronym(source), source.toUpperCase(), "the " + source + " said",
                    source + " monitor", pick(r, OTHER_SOURCES)));
            if (source.isEmpty()) {
                source = "reporter";
            }
        }
        Category category = r.nextDouble() < rate / 3 ? pick(r, List.of(Category.values())) : c.category();
        Group group = r.nextDouble() < rate ? pick(r, List.of(Group.values())) : c.group();
        Integer value = c.value();
        Qualifier qualifier = c.qualifier();
        double x = r.nextDouble();
        if (x < rate / 2) {
            value = null;
            qualifier = Qualifier.VAGUE;
        } else if (x < rate) {
            value = Math.max(0, (value == null ? 10 : value) + r.nextInt(3) - 1);
            qualifier = Qualifier.EXACT;
        }
        return new Claim(source, category, group, value, qualifier, c.evidence(), c.start(), c.end());
    }

    private static IncidentMention spurious(Random r, String article) {
        List<Claim> claims = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            claims.add(new Claim(pick(r, OTHER_SOURCES), pick(r, List.of(Category.values())),
                    pick(r, List.of(Group.values())), r.nextInt(40), Qualifier.EXACT, "x", 0, 1));
        }
        LocalDate day = r.nextBoolean() ? null : LocalDate.of(2015 + r.nextInt(4), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return new IncidentMention("spurious-" + article + "-" + r.nextInt(4), pick(r, List.of(EventType.values())),
                day, day, r.nextBoolean() ? null : pick(r, OTHER_PLACES), null, r.nextBoolean() ? null : "SY", null, null,
                null, r.nextBoolean() ? List.of() : List.of(pick(r, OTHER_PERPETRATORS)), false, claims);
    }

    static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }
}
