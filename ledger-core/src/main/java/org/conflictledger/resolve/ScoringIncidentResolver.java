package org.conflictledger.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.GreatCircle;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Report;

/**
 * Resolves by scoring pairs of mentions of different articles in one country: the same precise place (+3;
 * the same region only +1; different regions only -1, as the extractor's places are often wrong: a dateline's
 * city, a province for a district), dates within a day (+2) or three (+1), never more than
 * {@value IncidentResolver#WINDOW_DAYS} days apart, the same event type (+1; two different known types -1),
 * a perpetrator in common (+1; both naming only different actors -2), shared tolls (a figure of
 * {@value #DISTINCT_TOLL} or more +2, a smaller one +1, at most +3: two unrelated strikes often share "nine", rarely
 * "358"). Pairs scoring {@value #THRESHOLD} or more, and corroborated (see {@link #corroborated}), merge, best first,
 * unless the merge would join two mentions of one article or two known incidents, or stretch an incident's
 * dated reports over more than {@value #MAX_SPAN_DAYS} days (an undated report sharing a toll with two strikes
 * years apart must not chain them).
 *
 * <p>Only pairs that could reach the threshold are compared: every such pair shares a precise place (a grid
 * cell of a quarter degree, with its neighbours: 15 km always falls within them up to 57 degrees of
 * latitude), or a region and a perpetrator, or a type and a perpetrator, or a toll. Within each of these
 * keys mentions are sorted by date and compared only inside the date window, so the work grows as
 * n log n with the number of mentions, not as n² per country. An undated mention of an article with a
 * publication day is compared with the mentions of the {@value #REPORT_LAG_DAYS} days before it (and the undated
 * ones of a key holding at most {@value #UNDATED_GROUP}); one with
 * neither date is compared with the mentions of its keys only where a key holds at most
 * {@value #UNDATED_GROUP} of them: a place reported more often than that cannot be matched without a date.
 */
final class ScoringIncidentResolver implements IncidentResolver {
    static final int THRESHOLD = 4;
    static final int UNDATED_GROUP = 256;
    /** How many days before its article's publication an undated mention's incident can lie. */
    static final int REPORT_LAG_DAYS = 2 * WINDOW_DAYS;
    /** The most days between the first and the last dated report of one incident. */
    static final int MAX_SPAN_DAYS = 2 * WINDOW_DAYS;
    private static final double SAME_PLACE_KM = 15;
    private static final double CELL_DEGREES = 0.25;
    private static final int UNDATED = Integer.MIN_VALUE;
    private static final int MIN_TOLL = 3;
    private static final int DISTINCT_TOLL = 10;

    private final boolean exhaustive;

    ScoringIncidentResolver() {
        this(false);
    }

    /** With {@code exhaustive}, every pair of a country is compared: the reference the keyed candidates must match. */
    ScoringIncidentResolver(boolean exhaustive) {
        this.exhaustive = exhaustive;
    }

    /** What scoring needs of a report, computed once. */
    private record Node(int article, boolean known, Report r, String country, int day, int anchor,
                        String admin1, boolean precise, String placeName, double lat, double lon, long cellX,
                        long cellY, EventType type, Set<String> perpetrators, long[] tolls) {
        boolean dated() {
            return day != UNDATED;
        }
    }

    @Override
    public List<Report> resolve(List<Report> known, List<Report> incoming) {
        int total = known.size() + incoming.size();
        if (total >= 1 << 24) {
            throw new IllegalArgumentException("too many reports for one call: " + total + " (at most 16,777,215)");
        }
        List<Node> nodes = new ArrayList<>(total);
        Map<String, Integer> articleNumbers = new HashMap<>();
        for (Report r : known) {
            nodes.add(node(articleNumbers.computeIfAbsent(r.articleId(), k -> articleNumbers.size()), true, r));
        }
        for (Report r : incoming) {
            nodes.add(node(articleNumbers.computeIfAbsent(r.articleId(), k -> articleNumbers.size()), false, r));
        }
        int n = nodes.size();
        // Rank: the nodes in the order of their reports' keys, so that nothing depends on input order.
        Integer[] byKey = new Integer[n];
        for (int i = 0; i < n; i++) {
            byKey[i] = i;
        }
        Arrays.sort(byKey, Comparator.comparing((Integer i) -> nodes.get(i).r().articleId())
                .thenComparingInt(i -> nodes.get(i).r().index()).thenComparing(i -> nodes.get(i).known() ? 0 : 1));
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[byKey[i]] = i;
        }
        long[] pairs = candidates(nodes, rank);
        Arrays.sort(pairs);
        return merge(known, nodes, byKey, rank, pairs);
    }

    private List<Report> merge(List<Report> known, List<Node> nodes, Integer[] byKey, int[] rank, long[] pairs) {
        int n = nodes.size();
        int[] parent = new int[n];
        int[] first = new int[n];
        int[] last = new int[n];
        boolean[] hasKnown = new boolean[n];
        @SuppressWarnings("unchecked")
        Set<Integer>[] articles = new Set[n];
        Map<String, Integer> knownRoots = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Node node = nodes.get(i);
            first[i] = node.dated() ? node.day() : Integer.MAX_VALUE;
            last[i] = node.dated() ? node.day() : Integer.MIN_VALUE;
            if (node.known()) {
                hasKnown[i] = true;
                Integer root = knownRoots.putIfAbsent(node.r().incidentId(), i);
                if (root != null) {
                    parent[i] = root;
                    first[root] = Math.min(first[root], first[i]);
                    last[root] = Math.max(last[root], last[i]);
                    articlesOf(articles, nodes, root).add(node.article());
                }
            }
        }
        for (long p : pairs) {
            int a = byKey[(int) (p >>> 24 & 0xFFFFFF)];
            int b = byKey[(int) (p & 0xFFFFFF)];
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra == rb || hasKnown[ra] && hasKnown[rb]) {
                continue;
            }
            long span = (long) Math.max(last[ra], last[rb]) - Math.min(first[ra], first[rb]);
            if (span > MAX_SPAN_DAYS && span > Math.max((long) last[ra] - first[ra], (long) last[rb] - first[rb])) {
                continue; // an undated report must not chain incidents weeks apart (a known long one may stay long)
            }
            Set<Integer> sa = articlesOf(articles, nodes, ra);
            Set<Integer> sb = articlesOf(articles, nodes, rb);
            if (!disjoint(sa, sb)) {
                continue;
            }
            if (hasKnown[rb] || !hasKnown[ra] && sb.size() > sa.size()) {
                int t = ra;
                ra = rb;
                rb = t;
                Set<Integer> ts = sa;
                sa = sb;
                sb = ts;
            }
            parent[rb] = ra;
            first[ra] = Math.min(first[ra], first[rb]);
            last[ra] = Math.max(last[ra], last[rb]);
            sa.addAll(sb);
            articles[rb] = null;
        }
        String[] ids = new String[n];
        for (int k = 0; k < n; k++) { // in key order: the first report of a new incident names it
            int i = byKey[k];
            int root = find(parent, i);
            if (ids[root] == null) {
                ids[root] = hasKnown[root] ? nodes.get(root).r().incidentId() : nodes.get(i).r().incidentId();
            }
        }
        List<Report> out = new ArrayList<>(n - known.size());
        for (int i = known.size(); i < n; i++) {
            Report r = nodes.get(i).r();
            String id = ids[find(parent, i)];
            out.add(id.equals(r.incidentId()) ? r : r.withIncidentId(id));
        }
        return out;
    }

    private static Set<Integer> articlesOf(Set<Integer>[] articles, List<Node> nodes, int root) {
        if (articles[root] == null) {
            articles[root] = new HashSet<>(4);
            articles[root].add(nodes.get(root).article());
        }
        return articles[root];
    }

    /** Every pair worth merging, encoded as (127 - score, rank of one, rank of the other) so that sorting orders them. */
    private long[] candidates(List<Node> nodes, int[] rank) {
        Map<Object, List<Integer>> groups = new HashMap<>();
        Map<Object, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node x = nodes.get(i);
            if (x.country() == null) {
                continue; // no country, no evidence enough to merge
            }
            if (x.precise()) {
                cells.computeIfAbsent(new Cell(x.country(), x.cellX(), x.cellY()), k -> new ArrayList<>()).add(i);
                if (Double.isNaN(x.lat())) {
                    groups.computeIfAbsent(List.of("place", x.country(), x.placeName()), k -> new ArrayList<>()).add(i);
                }
            }
            if (x.admin1() != null) {
                for (String p : x.perpetrators()) {
                    groups.computeIfAbsent(List.of("region-actor", x.country(), x.admin1(), p), k -> new ArrayList<>())
                            .add(i);
                }
            }
            for (String p : x.perpetrators()) {
                groups.computeIfAbsent(List.of("actor", x.country(), x.type(), p), k -> new ArrayList<>()).add(i);
            }
            for (long t : x.tolls()) {
                groups.computeIfAbsent(List.of("toll", x.country(), t >>> 8), k -> new ArrayList<>()).add(i);
            }
        }
        Comparator<Integer> byDay = Comparator.comparingInt((Integer i) -> nodes.get(i).day()).thenComparingInt(i -> rank[i]);
        PairSink sink = new PairSink();
        if (exhaustive) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                all.add(i);
            }
            for (int i : all) {
                for (int j : all) {
                    consider(nodes, rank, i, j, sink);
                }
            }
            return sink.toArray();
        }
        for (List<Integer> g : groups.values()) {
            g.sort(byDay);
            within(nodes, rank, g, g, sink);
        }
        for (List<Integer> g : cells.values()) {
            g.sort(byDay);
        }
        for (Map.Entry<Object, List<Integer>> e : cells.entrySet()) {
            Cell c = (Cell) e.getKey();
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    List<Integer> other = cells.get(new Cell(c.country(), c.x() + dx, c.y() + dy));
                    if (other != null) {
                        within(nodes, rank, e.getValue(), other, sink);
                    }
                }
            }
        }
        return sink.toArray();
    }

    private record Cell(String country, long x, long y) {
    }

    /**
     * Compares each mention of {@code from} with the mentions of {@code to} (both sorted by day, undated first)
     * that start on its day or up to the window later; the pairs starting earlier are seen from the other
     * side. An undated mention is compared with all of {@code to} when it is small enough.
     */
    private void within(List<Node> nodes, int[] rank, List<Integer> from, List<Integer> to, PairSink sink) {
        int start = 0;
        for (int i : from) {
            Node a = nodes.get(i);
            if (!a.dated()) {
                if (a.anchor() != UNDATED) { // only what its article could report: see reportable()
                    int undated = lowerBound(nodes, to, Integer.MIN_VALUE + 1);
                    for (int k = 0; k < undated && undated <= UNDATED_GROUP; k++) {
                        consider(nodes, rank, i, to.get(k), sink);
                    }
                    for (int k = lowerBound(nodes, to, a.anchor() - REPORT_LAG_DAYS); k < to.size()
                            && nodes.get(to.get(k)).day() <= a.anchor() + 1; k++) {
                        consider(nodes, rank, i, to.get(k), sink);
                    }
                } else if (to.size() <= UNDATED_GROUP) {
                    for (int j : to) {
                        consider(nodes, rank, i, j, sink);
                    }
                }
                continue;
            }
            while (start < to.size() && nodes.get(to.get(start)).day() < a.day()) {
                start++;
            }
            for (int k = start; k < to.size(); k++) {
                int j = to.get(k);
                if (nodes.get(j).day() > a.day() + WINDOW_DAYS) {
                    break;
                }
                consider(nodes, rank, i, j, sink);
            }
        }
    }

    /** The first position of a day-sorted list (undated first) holding a mention dated {@code day} or later. */
    private static int lowerBound(List<Node> nodes, List<Integer> sorted, int day) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nodes.get(sorted.get(mid)).day() < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * An undated mention in an article published on a known day reports an incident of the
     * {@value #REPORT_LAG_DAYS} days before (or the day after: time zones), never one of years before.
     */
    private static boolean reportable(Node a, Node b) {
        if (a.dated() || a.anchor() == UNDATED) {
            return true;
        }
        if (b.dated()) {
            return b.day() >= a.anchor() - REPORT_LAG_DAYS && b.day() <= a.anchor() + 1;
        }
        return b.anchor() == UNDATED || Math.abs((long) a.anchor() - b.anchor()) <= REPORT_LAG_DAYS;
    }

    private void consider(List<Node> nodes, int[] rank, int i, int j, PairSink sink) {
        Node a = nodes.get(i);
        Node b = nodes.get(j);
        if (i == j || a.article() == b.article() || a.known() && b.known()
                || a.country() == null || !a.country().equals(b.country())) {
            return;
        }
        if (!reportable(a, b) || !reportable(b, a)) {
            return;
        }
        int s = score(a, b);
        if (s >= THRESHOLD && corroborated(a, b)) {
            int lo = Math.min(rank[i], rank[j]);
            int hi = Math.max(rank[i], rank[j]);
            sink.add((long) (127 - Math.min(s, 127)) << 48 | (long) lo << 24 | hi);
        }
    }

    /** A growing array of encoded pairs. */
    private static final class PairSink {
        private long[] data = new long[1024];
        private int size;

        void add(long p) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = p;
        }

        long[] toArray() {
            long[] out = Arrays.copyOf(data, size);
            Arrays.sort(out);
            int w = 0; // a pair several keys found is one pair
            for (int r = 0; r < out.length; r++) {
                if (w == 0 || out[r] != out[w - 1]) {
                    out[w++] = out[r];
                }
            }
            return Arrays.copyOf(out, w);
        }
    }

    private static Node node(int article, boolean known, Report r) {
        IncidentMention m = r.mention();
        int day = m.dateStart() == null ? UNDATED : (int) m.dateStart().toEpochDay();
        int anchor = r.published() == null ? UNDATED : (int) r.published().toEpochDay();
        boolean precise = m.geoPrecision() != GeoPrecision.REGION && m.geoPrecision() != GeoPrecision.COUNTRY
                && (m.lat() != null && m.lon() != null || m.location() != null);
        double lat = m.lat() != null && m.lon() != null ? m.lat() : Double.NaN;
        double lon = m.lat() != null && m.lon() != null ? m.lon() : Double.NaN;
        long cx = Double.isNaN(lat) ? Long.MIN_VALUE : (long) Math.floor(lat / CELL_DEGREES);
        long cy = Double.isNaN(lat) ? Long.MIN_VALUE : (long) Math.floor(lon / CELL_DEGREES);
        Set<String> perpetrators = new HashSet<>();
        for (String p : m.perpetrators()) {
            perpetrators.add(fold(p));
        }
        return new Node(article, known, r, m.country(), day, anchor, m.admin1(), precise,
                m.location() == null ? null : fold(m.location()), lat, lon, cx, cy, m.eventType(), perpetrators,
                tolls(m));
    }

    /** The mention's figures of three or more, each as value << 8 | category << 4 | group. */
    private static long[] tolls(IncidentMention m) {
        Set<Long> out = new HashSet<>();
        for (Claim c : m.claims()) {
            if (c.value() != null && c.value() >= MIN_TOLL) {
                out.add((long) c.value() << 8 | (long) c.category().ordinal() << 4 | c.group().ordinal());
            }
        }
        return out.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static int find(int[] parent, int n) {
        while (parent[n] != n) {
            parent[n] = parent[parent[n]];
            n = parent[n];
        }
        return n;
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        Set<Integer> small = a.size() <= b.size() ? a : b;
        Set<Integer> large = small == a ? b : a;
        for (Integer x : small) {
            if (large.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Place and type alone do not make one incident: Raqqa was struck many times. Reports placed in two
     * regions must share a toll and a perpetrator, or two tolls; reports not of one precise place, a toll or
     * a perpetrator. Two dated reports must also
     * agree on the day (within three) or share a toll; an undated one must share a toll, or name the same
     * precise place and type and no other perpetrator: a perpetrator in common when both are undated, or when
     * the undated one's article has no publication day either, as nothing then says which year it is from
     * (Kunduz was struck in 2015 and in 2018).
     */
    private static boolean corroborated(Node a, Node b) {
        int shared = sharedTolls(a, b);
        if (!samePlace(a, b) && a.admin1() != null && b.admin1() != null && !a.admin1().equals(b.admin1())
                && (shared == 0 || shared == 1 && (a.perpetrators().isEmpty() || disjoint(a, b)))) {
            return false; // places in two regions: one of them wrong only if a toll and an actor, or two tolls, agree
        }
        if (!samePlace(a, b) && shared == 0 && (a.perpetrators().isEmpty() || disjoint(a, b))) {
            return false; // one region on one day holds many strikes: a toll or an actor must agree too
        }
        if (a.dated() && b.dated()) {
            return gap(a, b) <= 3 || shared > 0;
        }
        if (shared > 0) {
            return true;
        }
        boolean oneDated = a.dated() != b.dated();
        Node undated = a.dated() ? b : a;
        boolean actors = oneDated && undated.anchor() != UNDATED
                ? a.perpetrators().isEmpty() || b.perpetrators().isEmpty() || !disjoint(a, b)
                : !a.perpetrators().isEmpty() && !b.perpetrators().isEmpty() && !disjoint(a, b);
        return samePlace(a, b) && a.type() == b.type() && a.type() != EventType.OTHER && actors;
    }

    /** Days between two mentions' first days. */
    private static long gap(Node a, Node b) {
        return Math.abs((long) a.day() - b.day());
    }

    /** How strongly two mentions look like one incident; below any threshold when they are weeks apart. */
    private static int score(Node a, Node b) {
        int s = 0;
        if (samePlace(a, b)) {
            s += 3;
        } else if (a.admin1() != null && b.admin1() != null) {
            s += a.admin1().equals(b.admin1()) ? 1 : -1;
        }
        if (a.dated() && b.dated()) {
            long days = gap(a, b);
            s += days <= 1 ? 2 : days <= 3 ? 1 : days > WINDOW_DAYS ? -100 : 0;
        }
        if (a.type() == b.type()) {
            s += 1;
        } else if (a.type() != EventType.OTHER && b.type() != EventType.OTHER) {
            s -= 1;
        }
        if (!a.perpetrators().isEmpty() && !b.perpetrators().isEmpty()) {
            s += disjoint(a, b) ? -2 : 1;
        }
        s += Math.min(3, tollWeight(a, b));
        return s;
    }

    private static boolean disjoint(Node a, Node b) {
        for (String p : a.perpetrators()) {
            if (b.perpetrators().contains(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePlace(Node a, Node b) {
        if (!a.precise() || !b.precise()) {
            return false;
        }
        if (!Double.isNaN(a.lat()) && !Double.isNaN(b.lat())) {
            return Math.abs(a.lat() - b.lat()) <= SAME_PLACE_KM / 110 && GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon()) <= SAME_PLACE_KM;
        }
        return a.placeName() != null && a.placeName().equals(b.placeName());
    }

    /**
     * How many distinct figures both give for one category and compatible groups (the same group, or one of
     * them counting everyone or unknown): "41 civilians" and "41 people" are one figure.
     */
    private static int sharedTolls(Node a, Node b) {
        return shared(a, b, false);
    }

    /**
     * The shared figures as evidence: a small one (under {@value #DISTINCT_TOLL}) counts 1, a larger one 2.
     * Small tolls are the common ones, so two unrelated strikes often share one ("nine").
     */
    private static int tollWeight(Node a, Node b) {
        return shared(a, b, true);
    }

    private static int shared(Node a, Node b, boolean weighted) {
        int shared = 0;
        long last = -1;
        for (long x : a.tolls()) {
            for (long y : b.tolls()) {
                if (x >>> 4 == y >>> 4 && x >>> 8 != last && compatible((int) (x & 0xF), (int) (y & 0xF))) {
                    shared += weighted && (x >>> 8) >= DISTINCT_TOLL ? 2 : 1;
                    last = x >>> 8;
                }
            }
        }
        return shared;
    }

    private static boolean compatible(int g, int h) {
        int all = Group.ALL.ordinal();
        int unknown = Group.UNKNOWN.ordinal();
        return g == h || g == all || h == all || g == unknown || h == unknown;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "");
    }
}
