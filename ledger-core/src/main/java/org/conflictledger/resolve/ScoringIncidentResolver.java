package org.conflictledger.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.conflictledger.model.Report;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;

/**
 * Resolves by blocking on country and scoring every pair of mentions of different articles in a block:
 * the same place (+3; same region only +1; different regions -4), dates within a day (+2) or three (+1)
 * and more than a week apart (-5), the same event type (+1), a shared death toll (+2). Pairs scoring
 * {@value #THRESHOLD} or more, and agreeing on the day or a toll, merge, best first, unless the merge
 * would join two mentions of one article.
 */
final class ScoringIncidentResolver implements IncidentResolver {
    static final int THRESHOLD = 4;
    private static final double SAME_PLACE_KM = 15;

    /** One report and where it sits: known reports come first. */
    private record Node(int article, boolean known, Report r) {
        IncidentMention m() {
            return r.mention();
        }
    }

    private record Pair(int a, int b, int score) {
    }

    @Override
    public List<Report> resolve(List<Report> known, List<Report> incoming) {
        List<Node> nodes = new ArrayList<>();
        Map<String, Integer> articleNumbers = new HashMap<>();
        for (Report r : known) {
            nodes.add(new Node(articleNumbers.computeIfAbsent(r.articleId(), k -> articleNumbers.size()), true, r));
        }
        for (Report r : incoming) {
            nodes.add(new Node(articleNumbers.computeIfAbsent(r.articleId(), k -> articleNumbers.size()), false, r));
        }
        int[] parent = new int[nodes.size()];
        List<Set<Integer>> articles = new ArrayList<>();
        boolean[] hasKnown = new boolean[nodes.size()];
        Map<String, Integer> knownRoots = new HashMap<>();
        for (int n = 0; n < nodes.size(); n++) {
            parent[n] = n;
            Set<Integer> own = new HashSet<>();
            own.add(nodes.get(n).article());
            articles.add(own);
            Node node = nodes.get(n);
            if (node.known()) {
                hasKnown[n] = true;
                Integer root = knownRoots.putIfAbsent(node.r().incidentId(), n);
                if (root != null) {
                    parent[n] = root;
                    articles.get(root).add(node.article());
                }
            }
        }
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int n = 0; n < nodes.size(); n++) {
            String country = nodes.get(n).m().country();
            if (country != null) { // no country, no evidence enough to merge
                blocks.computeIfAbsent(country, k -> new ArrayList<>()).add(n);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> members : blocks.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    Node a = nodes.get(members.get(x));
                    Node b = nodes.get(members.get(y));
                    if (a.article() == b.article() || a.known() && b.known()) {
                        continue;
                    }
                    int s = score(a.m(), b.m());
                    if (s >= THRESHOLD && corroborated(a.m(), b.m())) {
                        pairs.add(new Pair(members.get(x), members.get(y), s));
                    }
                }
            }
        }
        // Best first; ties broken by the reports' own keys, so that input order does not matter.
        Comparator<Pair> order = Comparator.comparingInt(Pair::score).reversed()
                .thenComparing(p -> key(nodes.get(p.a())) + "\u0000" + key(nodes.get(p.b())));
        pairs.sort(order);
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb || hasKnown[ra] && hasKnown[rb] || !disjoint(articles.get(ra), articles.get(rb))) {
                continue;
            }
            if (hasKnown[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            articles.get(ra).addAll(articles.get(rb));
        }
        Map<Integer, String> ids = new HashMap<>();
        Map<Integer, String> firstKey = new HashMap<>();
        for (int n = 0; n < nodes.size(); n++) {
            int root = find(parent, n);
            Node node = nodes.get(n);
            if (hasKnown[root]) {
                ids.put(root, nodes.get(root).r().incidentId());
            } else if (!firstKey.containsKey(root) || key(node).compareTo(firstKey.get(root)) < 0) {
                firstKey.put(root, key(node));
                ids.put(root, node.m().incidentId());
            }
        }
        List<Report> out = new ArrayList<>(incoming.size());
        for (int n = known.size(); n < nodes.size(); n++) {
            out.add(nodes.get(n).r().withIncidentId(ids.get(find(parent, n))));
        }
        return out;
    }

    private static String key(Node n) {
        return n.r().articleId() + "\u0000" + String.format("%06d", n.r().index());
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (Integer x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static int find(int[] parent, int n) {
        while (parent[n] != n) {
            parent[n] = parent[parent[n]];
            n = parent[n];
        }
        return n;
    }

    /**
     * Place and type alone do not make one incident: Raqqa was struck many times. Two reports must also
     * agree on the day (within three), or share a death toll, or one of them be undated (a follow-up).
     */
    static boolean corroborated(IncidentMention a, IncidentMention b) {
        boolean sameDays = a.dateStart() != null && b.dateStart() != null
                && Math.abs(a.dateStart().toEpochDay() - b.dateStart().toEpochDay()) <= 3;
        boolean oneDated = (a.dateStart() == null) != (b.dateStart() == null);
        return sameDays || oneDated || sharesToll(a, b);
    }

    /** How strongly two mentions look like one incident. */
    static int score(IncidentMention a, IncidentMention b) {
        int s = 0;
        if (samePlace(a, b)) {
            s += 3;
        } else if (a.admin1() != null && b.admin1() != null) {
            s += a.admin1().equals(b.admin1()) ? 1 : -4;
        }
        if (a.dateStart() != null && b.dateStart() != null) {
            long days = Math.abs(a.dateStart().toEpochDay() - b.dateStart().toEpochDay());
            s += days <= 1 ? 2 : days <= 3 ? 1 : days > 7 ? -5 : 0;
        }
        if (a.eventType() == b.eventType()) {
            s += 1;
        } else if (a.eventType() != EventType.OTHER && b.eventType() != EventType.OTHER) {
            s -= 1;
        }
        if (sharesToll(a, b)) {
            s += 2;
        }
        return s;
    }

    private static boolean samePlace(IncidentMention a, IncidentMention b) {
        if (a.lat() != null && b.lat() != null && a.lon() != null && b.lon() != null) {
            return km(a.lat(), a.lon(), b.lat(), b.lon()) <= SAME_PLACE_KM && Objects.equals(a.geoPrecision(), b.geoPrecision());
        }
        return a.location() != null && b.location() != null && fold(a.location()).equals(fold(b.location()));
    }

    /** Both give the same death toll for the same group; tolls under three coincide too often to count. */
    private static boolean sharesToll(IncidentMention a, IncidentMention b) {
        Set<String> tolls = new HashSet<>();
        for (Claim c : a.claims()) {
            if (c.category() == Category.KILLED && c.value() != null && c.value() >= 3) {
                tolls.add(c.group() + ":" + c.value());
            }
        }
        for (Claim c : b.claims()) {
            if (c.category() == Category.KILLED && c.value() != null && tolls.contains(c.group() + ":" + c.value())) {
                return true;
            }
        }
        return false;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.asin(Math.sqrt(h));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "");
    }
}
