package org.conflictledger.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;

/**
 * Scores extractions against a public benchmark's labels ({@code ../shared/bench}), giving exactly the
 * numbers {@code bench/score.py} gives for the same output written as JSON lines.
 *
 * <p>The death toll a system predicts for an article is the largest killed figure it gives for a total
 * group (all, civilians, combatants, unknown), 0 when it gives none; the incident that date and place are
 * checked on is the first one carrying the labelled figure, else the article's first incident. When
 * several extractions share an id the last one counts, as there.
 */
public final class BenchScorer {
    private static final Set<String> TOTAL_GROUPS = Set.of("all", "civilians", "combatants", "unknown");

    /** The benchmarks this scorer knows. */
    public enum Kind {
        /** FA-KES: Syrian war articles with civilian and non-civilian deaths, date and governorate. */
        FAKES,
        /** PITF Worldwide Atrocities Dataset event descriptions with the coded death toll. */
        WAD
    }

    private BenchScorer() {
    }

    /**
     * Scores system extractions against a labels file ({@code dev-labels.jsonl}).
     *
     * @throws IOException when the labels cannot be read or a line is not JSON
     * @throws IllegalArgumentException when a label lacks a field the kind needs
     */
    public static BenchScores score(Kind kind, Path labels, List<Extraction> system) throws IOException {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(system, "system");
        Map<String, JsonNode> labelled = load(Objects.requireNonNull(labels, "labels"));
        Map<String, List<IncidentMention>> byId = byId(system);
        Map<String, List<Boolean>> acc = new LinkedHashMap<>();
        for (String k : List.of("deaths_exact", "deaths_found", "civilians_found", "noncivilians_found",
                "date_acc", "date_acc_1d", "governorate_acc")) {
            acc.put(k, new ArrayList<>());
        }
        int withOutput = 0;
        for (Map.Entry<String, JsonNode> entry : labelled.entrySet()) {
            JsonNode lab = entry.getValue();
            List<IncidentMention> incs = byId.getOrDefault(entry.getKey(), List.of());
            if (!incs.isEmpty()) {
                withOutput++;
            }
            List<Integer> vals = killed(incs, false).stream().map(Hit::value).toList();
            int pred = killed(incs, true).stream().mapToInt(Hit::value).max().orElse(0);
            if (kind == Kind.WAD) {
                double deaths = number(lab, "deaths");
                acc.get("deaths_exact").add(pred == deaths);
                acc.get("deaths_found").add(contains(vals, deaths) || (deaths == 0 && vals.isEmpty()));
            } else {
                double civ = number(lab, "civilians");
                double non = number(lab, "noncivilians");
                if (civ != 0) {
                    acc.get("civilians_found").add(contains(vals, civ) || contains(vals, civ + non));
                }
                if (non != 0) {
                    acc.get("noncivilians_found").add(contains(vals, non) || contains(vals, civ + non));
                }
                acc.get("deaths_exact").add(civ + non != 0 ? pred == civ + non || pred == civ : pred == 0);
                Double figure = null; // civ or non or None
                if (civ != 0) {
                    figure = civ;
                } else if (non != 0) {
                    figure = non;
                }
                IncidentMention inc = mainIncident(incs, figure);
                LocalDate goldDay = PyDay.parse(Mention.str(field(lab, "date")));
                LocalDate sysDay = inc == null || inc.dateStart() == null ? null : PyDay.parse(inc.dateStart().toString());
                acc.get("date_acc").add(goldDay != null && goldDay.equals(sysDay));
                acc.get("date_acc_1d").add(goldDay != null && sysDay != null
                        && Math.abs(ChronoUnit.DAYS.between(goldDay, sysDay)) <= 1);
                String governorate = Mention.str(field(lab, "governorate"));
                acc.get("governorate_acc").add(inc != null && (TextMatch.samePlace(governorate, inc.admin1())
                        || TextMatch.samePlace(governorate, inc.location())));
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        acc.forEach((name, results) -> {
            if (!results.isEmpty()) {
                metrics.put(name, (double) results.stream().filter(b -> b).count() / results.size());
            }
        });
        return new BenchScores(metrics, labelled.size(), withOutput);
    }

    /**
     * A measure {@code bench/score.py} does not give: on WAD labels that code the wounded, the share where the
     * largest wounded figure of a total group (0 when none) equals the coded count, as {@code deaths_exact} does
     * for the dead. Labels with no number of wounded are not counted; 0 when none has one.
     *
     * @throws IOException when the labels cannot be read or a line is not JSON
     */
    public static double injuredExact(Path labels, List<Extraction> system) throws IOException {
        Map<String, JsonNode> labelled = load(Objects.requireNonNull(labels, "labels"));
        Map<String, List<IncidentMention>> byId = byId(system);
        int coded = 0;
        int exact = 0;
        for (Map.Entry<String, JsonNode> entry : labelled.entrySet()) {
            JsonNode injured = entry.getValue().get("injured");
            if (injured == null || !injured.isNumber()) {
                continue;
            }
            coded++;
            int pred = byId.getOrDefault(entry.getKey(), List.of()).stream().flatMap(inc -> inc.claims().stream())
                    .filter(c -> c.category() == Category.INJURED && c.value() != null && TOTAL_GROUPS.contains(c.group().code()))
                    .mapToInt(Claim::value).max().orElse(0);
            if (pred == injured.doubleValue()) {
                exact++;
            }
        }
        return coded == 0 ? 0 : (double) exact / coded;
    }

    /**
     * A measure {@code bench/score.py} does not give: on WAD labels, the share whose article's first incident is
     * placed in the labelled country (an ISO 3166 alpha-3 code there, alpha-2 here); an article with no incident, or
     * an incident with no country, counts as wrong.
     *
     * @throws IOException when the labels cannot be read or a line is not JSON
     */
    public static double countryAcc(Path labels, List<Extraction> system) throws IOException {
        Map<String, JsonNode> labelled = load(Objects.requireNonNull(labels, "labels"));
        Map<String, List<IncidentMention>> byId = byId(system);
        Map<String, String> alpha2 = new HashMap<>();
        for (String cc : java.util.Locale.getISOCountries()) {
            alpha2.put(new java.util.Locale("", cc).getISO3Country(), cc);
        }
        int right = 0;
        for (Map.Entry<String, JsonNode> entry : labelled.entrySet()) {
            String labelled3 = Mention.str(field(entry.getValue(), "country"));
            List<IncidentMention> incs = byId.getOrDefault(entry.getKey(), List.of());
            String country = incs.isEmpty() ? null : incs.get(0).country();
            if (country != null && country.equals(alpha2.get(labelled3))) {
                right++;
            }
        }
        return labelled.isEmpty() ? 0 : (double) right / labelled.size();
    }

    /** The system's incidents by article id; when several extractions share an id the last one counts. */
    private static Map<String, List<IncidentMention>> byId(List<Extraction> system) {
        Map<String, List<IncidentMention>> byId = new HashMap<>();
        for (Extraction e : system) {
            byId.put(e.id(), e.incidents());
        }
        return byId;
    }

    /** {@code load}: one label per non-blank line, keyed by id; a later line with the same id replaces the earlier. */
    private static Map<String, JsonNode> load(Path path) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d;
                try {
                    d = Json.mapper().readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(path + ":" + n + ": not JSON: " + e.getOriginalMessage(), e);
                }
                String id = d.isObject() ? Mention.str(d.get("id")) : null;
                if (id == null) {
                    throw new IOException(path + ":" + n + ": label has no \"id\"");
                }
                out.put(id, d);
            }
        }
        return out;
    }

    private static JsonNode field(JsonNode lab, String name) {
        JsonNode v = lab.get(name);
        if (v == null) {
            throw new IllegalArgumentException("label " + lab.get("id") + " has no \"" + name + "\"");
        }
        return v;
    }

    private static double number(JsonNode lab, String name) {
        JsonNode v = field(lab, name);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("label " + lab.get("id") + ": \"" + name + "\" is not a number: " + v);
        }
        return v.doubleValue();
    }

    private static boolean contains(List<Integer> vals, double v) {
        return vals.stream().anyMatch(x -> x == v);
    }

    /** {@code killed}: the killed figures, of any group or only of total groups, with their incidents. */
    private static List<Hit> killed(List<IncidentMention> incidents, boolean totalsOnly) {
        List<Hit> out = new ArrayList<>();
        for (IncidentMention inc : incidents) {
            for (Claim c : inc.claims()) {
                if (c.category() == Category.KILLED && c.value() != null
                        && (!totalsOnly || TOTAL_GROUPS.contains(c.group().code()))) {
                    out.add(new Hit(c.value(), inc));
                }
            }
        }
        return out;
    }

    /** {@code main_incident}: the first incident with this killed figure, else the first incident, else null. */
    private static IncidentMention mainIncident(List<IncidentMention> incidents, Double value) {
        for (Hit h : killed(incidents, false)) {
            if (value != null && h.value() == value) {
                return h.incident();
            }
        }
        return incidents.isEmpty() ? null : incidents.get(0);
    }

    private record Hit(int value, IncidentMention incident) {
    }
}
