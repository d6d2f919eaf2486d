package org.conflictledger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;

/**
 * Scores extractions against the gold annotations of {@code ../shared/gold}, giving exactly the numbers
 * {@code gold/score.py} gives for the same output written as JSON lines (it is a line-by-line port).
 *
 * <p>A figure (article, category, group, value) counts once however many sources gave it; incidents are
 * matched within an article greedily by similarity (shared figures, same place and day, same type); the
 * matched pairs are then checked field by field, and incidents in different articles are checked for
 * being clustered as gold clusters them. Extractions of articles the gold does not hold are ignored;
 * several extractions with one id are read as one article.
 */
public final class GoldScorer {
    private GoldScorer() {
    }

    /**
     * Reads every {@code *.json} file of a directory, in the order of the files' names; a later file with
     * the same article id replaces the incidents of the earlier one (as {@code load_gold} does).
     *
     * @throws IOException when the directory or a file cannot be read, or a file is not a gold article
     */
    public static GoldSet loadGold(Path goldDir) throws IOException {
        Objects.requireNonNull(goldDir, "goldDir");
        List<Path> files;
        try (Stream<Path> list = Files.list(goldDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), GoldScorer::compareCodePoints))
                    .toList();
        }
        Map<String, List<Mention>> articles = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode doc = Json.mapper().readTree(file.toFile());
            String id = doc == null || !doc.isObject() ? null : Mention.str(doc.get("id"));
            if (id == null) {
                throw new IOException(file + ": not a gold article (no \"id\")");
            }
            List<Mention> incidents = new ArrayList<>();
            JsonNode list = doc.get("incidents");
            if (list != null && list.isArray()) {
                for (JsonNode incident : list) {
                    if (!incident.isObject()) {
                        throw new IOException(file + ": an incident is not a JSON object");
                    }
                    try {
                        incidents.add(Mention.fromJson(incident));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(file + ": " + e.getMessage(), e);
                    }
                }
            }
            articles.put(id, incidents);
        }
        return new GoldSet(articles);
    }

    /** Scores system extractions against the gold; articles with no extraction count as having no incidents. */
    public static Scores score(GoldSet gold, List<Extraction> system) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(system, "system");
        Map<String, List<Mention>> systemByArticle = new HashMap<>();
        for (Extraction e : system) {
            List<Mention> mentions = systemByArticle.computeIfAbsent(e.id(), k -> new ArrayList<>());
            for (IncidentMention m : e.incidents()) {
                mentions.add(Mention.of(m));
            }
        }
        Tally t = new Tally();
        List<Labelled> mentionsGold = new ArrayList<>();
        List<Labelled> mentionsSys = new ArrayList<>();
        Map<Ref, Ref> link = new HashMap<>();
        for (Map.Entry<String, List<Mention>> article : gold.articles().entrySet()) {
            String docId = article.getKey();
            List<Mention> golds = article.getValue();
            List<Mention> systems = systemByArticle.getOrDefault(docId, List.of());

            Matched claims = matchClaims(figures(golds, true), figures(systems, true));
            t.claimTp += claims.pairs.size();
            t.claimG += claims.nGold;
            t.claimS += claims.nSystem;
            for (SourcePair pair : claims.pairs) {
                if (anySameSource(pair.gold, pair.system)) {
                    t.srcOk++;
                }
            }
            Matched values = matchClaims(figures(golds, false), figures(systems, false));
            t.valTp += values.pairs.size();
            t.valG += values.nGold;
            t.valS += values.nSystem;

            List<int[]> ipairs = matchIncidents(golds, systems);
            t.incTp += ipairs.size();
            t.incG += golds.size();
            t.incS += systems.size();
            for (int[] ip : ipairs) {
                Mention g = golds.get(ip[0]);
                Mention s = systems.get(ip[1]);
                boolean sameDay = Objects.equals(g.day(), s.day());
                t.date += sameDay ? 1 : 0;
                t.date1 += sameDay || (g.day() != null && s.day() != null
                        && Math.abs(ChronoUnit.DAYS.between(s.day(), g.day())) <= 1) ? 1 : 0;
                t.place += TextMatch.samePlace(g.location(), s.location())
                        || (isEmpty(g.location()) && isEmpty(s.location())) ? 1 : 0;
                t.country += Mention.or(g.country(), "").toUpperCase(Locale.ROOT)
                        .equals(Mention.or(s.country(), "").toUpperCase(Locale.ROOT)) ? 1 : 0;
                t.etype += Objects.equals(g.eventType(), s.eventType()) ? 1 : 0;
                for (String a : g.perpetrators()) {
                    if (s.perpetrators().stream().anyMatch(b -> TextMatch.sameSource(a, b))) {
                        t.perpTp++;
                    }
                }
                t.perpG += g.perpetrators().size();
                t.perpS += s.perpetrators().size();
                link.put(new Ref(docId, ip[0]), new Ref(docId, ip[1]));
            }
            for (int i = 0; i < golds.size(); i++) {
                mentionsGold.add(new Labelled(new Ref(docId, i), golds.get(i).incidentId()));
            }
            for (int i = 0; i < systems.size(); i++) {
                mentionsSys.add(new Labelled(new Ref(docId, i), systems.get(i).incidentId()));
            }
        }
        Map<Ref, String> sysCluster = clusters(mentionsSys);
        Map<Ref, String> goldCluster = clusters(mentionsGold);
        Map<Ref, Ref> goldOfSys = new HashMap<>();
        link.forEach((g, s) -> goldOfSys.put(s, g));
        List<Ref[]> gPairs = clusterPairs(mentionsGold);
        List<Ref[]> sPairs = clusterPairs(mentionsSys);
        int recHit = 0;
        for (Ref[] p : gPairs) {
            if (link.containsKey(p[0]) && link.containsKey(p[1])
                    && sameCluster(sysCluster.get(link.get(p[0])), sysCluster.get(link.get(p[1])))) {
                recHit++;
            }
        }
        int precHit = 0;
        for (Ref[] p : sPairs) {
            if (goldOfSys.containsKey(p[0]) && goldOfSys.containsKey(p[1])
                    && sameCluster(goldCluster.get(goldOfSys.get(p[0])), goldCluster.get(goldOfSys.get(p[1])))) {
                precHit++;
            }
        }
        double cp = !sPairs.isEmpty() ? (double) precHit / sPairs.size() : (gPairs.isEmpty() ? 1.0 : 0.0);
        double cr = !gPairs.isEmpty() ? (double) recHit / gPairs.size() : 1.0;
        int n = Math.max(t.incTp, 1);

        Map<String, Double> m = new LinkedHashMap<>();
        double[] c = prf(t.claimTp, t.claimG, t.claimS);
        m.put("claims.precision", c[0]);
        m.put("claims.recall", c[1]);
        m.put("claims.f1", c[2]);
        m.put("claims.value_f1", prf(t.valTp, t.valG, t.valS)[2]);
        m.put("claims.source_acc", (double) t.srcOk / Math.max(t.claimTp, 1));
        double[] i = prf(t.incTp, t.incG, t.incS);
        m.put("incidents.precision", i[0]);
        m.put("incidents.recall", i[1]);
        m.put("incidents.f1", i[2]);
        m.put("date_acc", (double) t.date / n);
        m.put("date_acc_1d", (double) t.date1 / n);
        m.put("location_acc", (double) t.place / n);
        m.put("country_acc", (double) t.country / n);
        m.put("type_acc", (double) t.etype / n);
        m.put("perpetrator_f1", t.incTp != 0 ? prf(t.perpTp, t.perpG, t.perpS)[2] : 0.0);
        m.put("cluster.precision", cp);
        m.put("cluster.recall", cr);
        m.put("cluster.f1", cp + cr != 0 ? 2 * cp * cr / (cp + cr) : 0.0);

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("articles", gold.articles().size());
        counts.put("gold_claims", t.claimG);
        counts.put("system_claims", t.claimS);
        counts.put("gold_incidents", t.incG);
        counts.put("system_incidents", t.incS);
        counts.put("gold_cluster_pairs", gPairs.size());
        return new Scores(m, counts);
    }

    /** {@code figures(keys)}: each (category, group, value) of the incidents, with the sources that gave it. */
    private static Map<Mention.Key, List<String>> figures(List<Mention> incidents, boolean withGroup) {
        Map<Mention.Key, List<String>> out = new LinkedHashMap<>();
        for (Mention incident : incidents) {
            for (Mention.Figure f : incident.figures()) {
                out.computeIfAbsent(f.key(withGroup), k -> new ArrayList<>()).add(f.source());
            }
        }
        return out;
    }

    private static Matched matchClaims(Map<Mention.Key, List<String>> g, Map<Mention.Key, List<String>> s) {
        List<SourcePair> pairs = new ArrayList<>();
        g.forEach((k, sources) -> {
            if (s.containsKey(k)) {
                pairs.add(new SourcePair(sources, s.get(k)));
            }
        });
        return new Matched(pairs, g.size(), s.size());
    }

    private static boolean anySameSource(List<String> gold, List<String> system) {
        for (String a : gold) {
            for (String b : system) {
                if (TextMatch.sameSource(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code incident_similarity}: 10 per shared figure, 3 for the place, 2 for the day, 1 for the type. */
    static int similarity(Mention g, Mention s) {
        int shared = matchClaims(figures(List.of(g), true), figures(List.of(s), true)).pairs.size();
        boolean place = TextMatch.samePlace(g.location(), s.location());
        boolean day = g.day() != null && g.day().equals(s.day());
        if (shared == 0 && !(place && day)) {
            return 0;
        }
        return 10 * shared + (place ? 3 : 0) + (day ? 2 : 0) + (Objects.equals(g.eventType(), s.eventType()) ? 1 : 0);
    }

    /**
     * {@code match_incidents}: greedy one-to-one matching over (similarity, gold index, system index) taken
     * in descending order of the whole tuple, as Python's {@code sorted(..., reverse=True)} takes them.
     */
    static List<int[]> matchIncidents(List<Mention> golds, List<Mention> systems) {
        List<int[]> scored = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            for (int si = 0; si < systems.size(); si++) {
                scored.add(new int[] {similarity(golds.get(gi), systems.get(si)), gi, si});
            }
        }
        scored.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1])
                .thenComparingInt(x -> x[2]).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int[] x : scored) {
            if (x[0] > 0 && !usedG.contains(x[1]) && !usedS.contains(x[2])) {
                usedG.add(x[1]);
                usedS.add(x[2]);
                pairs.add(new int[] {x[1], x[2]});
            }
        }
        return pairs;
    }

    private static double[] prf(int tp, int nGold, int nSys) {
        double p = nSys != 0 ? (double) tp / nSys : (nGold == 0 ? 1.0 : 0.0);
        double r = nGold != 0 ? (double) tp / nGold : (nSys == 0 ? 1.0 : 0.0);
        return new double[] {p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0};
    }

    private static Map<Ref, String> clusters(List<Labelled> mentions) {
        Map<Ref, String> out = new HashMap<>();
        for (Labelled l : mentions) {
            out.put(l.ref, l.incidentId);
        }
        return out;
    }

    /** Pairs of mentions in different articles that carry the same non-empty incident id. */
    private static List<Ref[]> clusterPairs(List<Labelled> mentions) {
        List<Ref[]> out = new ArrayList<>();
        for (int a = 0; a < mentions.size(); a++) {
            Labelled x = mentions.get(a);
            if (isEmpty(x.incidentId)) {
                continue;
            }
            for (int b = a + 1; b < mentions.size(); b++) {
                Labelled y = mentions.get(b);
                if (!x.ref.doc.equals(y.ref.doc) && x.incidentId.equals(y.incidentId)) {
                    out.add(new Ref[] {x.ref, y.ref});
                }
            }
        }
        return out;
    }

    private static boolean sameCluster(String a, String b) {
        return !isEmpty(a) && a.equals(b);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** A mention's place: article id and index among the article's incidents. */
    private record Ref(String doc, int index) {
    }

    private record Labelled(Ref ref, String incidentId) {
    }

    private record SourcePair(List<String> gold, List<String> system) {
    }

    private record Matched(List<SourcePair> pairs, int nGold, int nSystem) {
    }

    /** The running totals of {@code score()}'s dict {@code t}. */
    private static final class Tally {
        int claimTp, claimG, claimS, valTp, valG, valS, srcOk;
        int incTp, incG, incS, date, date1, place, country, etype;
        int perpTp, perpG, perpS;
    }
}
