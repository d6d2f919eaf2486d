package org.conflictledger.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Figure;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Grade;
import org.conflictledger.model.Group;
import org.conflictledger.model.Incident;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Qualifier;
import org.conflictledger.model.Report;
import org.conflictledger.model.TollPoint;

/**
 * Reconciles claims per (category, group): a source's latest figure supersedes its earlier ones (revisions),
 * syndicated copies are not independent sources, {@code low}/{@code high} span the sources' latest figures,
 * and {@code conflict} is set when two sources' figures cannot both hold given their qualifiers ("at least 20"
 * and "12" conflict; "at least 20" and "24" do not), unless the lower came out on an earlier day (tolls rise).
 * A syndicated copy speaks with its original's voice; independent sources (for the grade) are counted by
 * outlet, so two articles of one outlet are one source. The perpetrator is disputed when the independent
 * reports that blame someone have no actor in common, or a report says it is disputed.
 */
final class ClaimReconciler implements Reconciler {
    /** How {@code best} is chosen among the sources' latest figures. */
    enum Rule {
        UCDP_BEST,
        CONSERVATIVE;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reports in the order they came out: publication day (undated last), then article, then position. */
    static final Comparator<Report> PUBLISHED = Comparator
            .comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::articleId).thenComparingInt(Report::index);

    private final Rule rule;

    ClaimReconciler(Rule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** One claim with the report it came in, and who said it. */
    private record Said(Report report, Claim claim, String source) {
    }

    /**
     * Who said each claim: the named source, or for the article's own voice its outlet (the article, when
     * no outlet is known). A syndicated copy speaks with the voice of the article it copies: the original's
     * outlet when the original is among the reports, else the original article.
     */
    private static List<Said> said(List<Report> ordered, Category category, Group group) {
        Map<String, String> outlets = new HashMap<>();
        for (Report r : ordered) {
            if (r.outlet() != null) {
                outlets.putIfAbsent(r.articleId(), r.outlet());
            }
        }
        List<Said> out = new ArrayList<>();
        for (Report r : ordered) {
            for (Claim c : r.mention().claims()) {
                if (c.category() != category || c.group() != group) {
                    continue;
                }
                String source = c.source();
                if ("reporter".equals(source)) {
                    String article = r.copyOf() != null ? r.copyOf() : r.articleId();
                    String outlet = r.copyOf() != null ? outlets.get(r.copyOf()) : r.outlet();
                    source = "reporter:" + (outlet != null ? outlet : article);
                }
                out.add(new Said(r, c, source));
            }
        }
        return out;
    }

    @Override
    public Incident reconcile(List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("reports must not be empty");
        }
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(PUBLISHED);
        String id = ordered.get(0).incidentId();
        for (Report r : ordered) {
            if (!id.equals(r.incidentId())) {
                throw new IllegalArgumentException("reports of two incidents: " + id + " and " + r.incidentId());
            }
        }
        List<Figure> figures = figures(ordered);
        Set<String> perpetrators = new LinkedHashSet<>();
        Set<Set<String>> blamed = new LinkedHashSet<>();
        boolean disputed = false;
        for (Report r : ordered) {
            perpetrators.addAll(r.mention().perpetrators());
            disputed |= r.mention().disputedPerpetrator();
            if (!r.mention().perpetrators().isEmpty() && r.copyOf() == null) {
                blamed.add(Set.copyOf(r.mention().perpetrators()));
            }
        }
        disputed |= blamed.size() > 1 && disjointAll(blamed);
        boolean conflict = figures.stream().anyMatch(Figure::conflict);
        long sources = ordered.stream().filter(r -> r.copyOf() == null)
                .map(r -> r.outlet() != null ? "outlet:" + r.outlet() : "article:" + r.articleId()).distinct().count();
        Grade grade = conflict || disputed ? Grade.CONTESTED : sources > 1 ? Grade.SEVERAL_SOURCES : Grade.SINGLE_SOURCE;
        IncidentMention place = place(ordered);
        LocalDate start = null;
        LocalDate end = null;
        for (Report r : ordered) {
            IncidentMention m = r.mention();
            if (m.dateStart() != null && (start == null || m.dateStart().isBefore(start))) {
                start = m.dateStart();
            }
            LocalDate e = m.dateEnd() != null ? m.dateEnd() : m.dateStart();
            if (e != null && (end == null || e.isAfter(end))) {
                end = e;
            }
        }
        return new Incident(id, eventType(ordered), start, end, place.location(), place.admin1(), place.country(),
                place.lat(), place.lon(), place.geoPrecision(), List.copyOf(perpetrators), disputed, grade, figures,
                history(ordered), ordered);
    }

    /** True when no actor is blamed by every report that blames someone: sources name different culprits. */
    private static boolean disjointAll(Set<Set<String>> blamed) {
        Set<String> common = null;
        for (Set<String> b : blamed) {
            if (common == null) {
                common = new LinkedHashSet<>(b);
            } else {
                common.retainAll(b);
            }
        }
        return common == null || common.isEmpty();
    }

    private List<Figure> figures(List<Report> ordered) {
        Map<Category, Set<Group>> keys = new EnumMap<>(Category.class);
        for (Report r : ordered) {
            for (Claim c : r.mention().claims()) {
                keys.computeIfAbsent(c.category(), k -> EnumSet.noneOf(Group.class)).add(c.group());
            }
        }
        List<Figure> out = new ArrayList<>();
        for (Map.Entry<Category, Set<Group>> cat : keys.entrySet()) {
            for (Group g : cat.getValue()) {
                out.add(figure(cat.getKey(), g, said(ordered, cat.getKey(), g)));
            }
        }
        return out;
    }

    /** A source's latest word on a (category, group): its figure, the values it allows, and when it said it. */
    private record Word(String source, int value, long lo, long hi, LocalDate published) {
    }

    /**
     * The figure of one (category, group) from its claims, which come in publication order. A source's
     * latest report supersedes its earlier ones. Within that report, a range ("between 35 and 45": at least
     * 35, up to 45) is one word spanning both; otherwise the highest figure is the source's word, a lower one
     * beside it being the toll it revised ("24, up from an earlier toll of 13").
     */
    private Figure figure(Category category, Group group, List<Said> said) {
        Map<String, List<Said>> bySource = new LinkedHashMap<>();
        for (Said s : said) {
            if (s.claim().value() == null) {
                continue;
            }
            List<Said> previous = bySource.remove(s.source()); // a revision moves the source to the end
            List<Said> now = new ArrayList<>();
            if (previous != null && previous.get(0).report().equals(s.report())) {
                now.addAll(previous);
            }
            now.add(s);
            bySource.put(s.source(), now);
        }
        if (bySource.isEmpty()) {
            return new Figure(category, group, null, null, null, rule.code(), false, said.size(), 0);
        }
        List<Word> words = new ArrayList<>();
        for (Map.Entry<String, List<Said>> e : bySource.entrySet()) {
            words.add(word(e.getKey(), e.getValue()));
        }
        List<Integer> values = new ArrayList<>();
        for (Word w : words) {
            values.add(w.value());
        }
        values.sort(null);
        int low = values.get(0);
        int high = values.get(values.size() - 1);
        int best = switch (rule) {
            case CONSERVATIVE -> low;
            case UCDP_BEST -> values.get((values.size() - 1) / 2);
        };
        return new Figure(category, group, low, best, high, rule.code(), conflict(words), said.size(), words.size());
    }

    /** One source's word from its claims in its latest report. */
    private static Word word(String source, List<Said> claims) {
        long lo = Long.MIN_VALUE;
        long hi = Long.MAX_VALUE;
        Claim top = null;
        Claim bound = null;
        for (Said s : claims) {
            Claim c = s.claim();
            long[] r = range(c);
            lo = Math.max(lo, r[0]);
            hi = Math.min(hi, r[1]);
            if (c.qualifier() == Qualifier.UP_TO) {
                bound = bound == null || c.value() > bound.value() ? c : bound;
            } else if (top == null || c.value() > top.value()) {
                top = c;
            }
        }
        Claim chosen = top != null ? top : bound;
        if (lo > hi) { // not one range: the highest figure is the latest, the others the tolls it revised
            long[] r = range(chosen);
            lo = r[0];
            hi = r[1];
        }
        return new Word(source, chosen.value(), lo, hi, claims.get(0).report().published());
    }

    /**
     * True when two sources' words cannot both hold given their qualifiers. A lower toll published on an
     * earlier day than a higher one does not conflict with it: tolls rise as the dead are counted, so an
     * early figure is read as a lower bound.
     */
    private static boolean conflict(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                Word a = words.get(i);
                Word b = words.get(j);
                if (a.lo() <= b.hi() && b.lo() <= a.hi()) {
                    continue;
                }
                Word lower = a.hi() < b.lo() ? a : b;
                Word higher = lower == a ? b : a;
                boolean earlier = lower.published() != null && higher.published() != null
                        && lower.published().isBefore(higher.published());
                if (!earlier) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The values a claim allows: "at least 20" allows 20 and up, "about 20" 17 to 23, "up to 20" 0 to 20. */
    static long[] range(Claim c) {
        long v = c.value();
        return switch (c.qualifier()) {
            case EXACT -> new long[] {v, v};
            case AT_LEAST -> new long[] {v, Long.MAX_VALUE};
            case MORE_THAN -> new long[] {v + 1, Long.MAX_VALUE};
            case UP_TO -> new long[] {0, v};
            case ABOUT -> new long[] {Math.round(v * 0.9 - 1), Math.round(v * 1.1 + 1)};
            case VAGUE -> new long[] {0, Long.MAX_VALUE};
        };
    }

    /** How the best estimates moved as reports came out: one point per change, oldest first. */
    private List<TollPoint> history(List<Report> ordered) {
        List<TollPoint> out = new ArrayList<>();
        Map<String, Integer> last = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Report r = ordered.get(i);
            if (i + 1 < ordered.size() && ordered.get(i + 1).articleId().equals(r.articleId())) {
                continue; // an article's reports count together
            }
            for (Figure f : figures(ordered.subList(0, i + 1))) {
                String key = f.category() + ":" + f.group();
                if (f.best() != null && !f.best().equals(last.get(key))) {
                    last.put(key, f.best());
                    out.add(new TollPoint(r.published(), f.category(), f.group(), f.best(),
                            r.articleId()));
                }
            }
        }
        return out;
    }

    /** The type most reports give, ignoring "other" unless nothing else is given; ties go to the earliest. */
    private static EventType eventType(List<Report> ordered) {
        Map<EventType, Integer> counts = new LinkedHashMap<>();
        for (Report r : ordered) {
            counts.merge(r.mention().eventType(), 1, Integer::sum);
        }
        EventType best = EventType.OTHER;
        int most = 0;
        for (Map.Entry<EventType, Integer> e : counts.entrySet()) {
            if (e.getKey() != EventType.OTHER && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The most precise located mention; the earliest among equals. */
    private static IncidentMention place(List<Report> ordered) {
        IncidentMention best = ordered.get(0).mention();
        for (Report r : ordered) {
            if (rank(r.mention()) < rank(best)) {
                best = r.mention();
            }
        }
        return best;
    }

    private static int rank(IncidentMention m) {
        if (m.country() == null) {
            return GeoPrecision.values().length + 1;
        }
        return m.geoPrecision() == null ? GeoPrecision.values().length : m.geoPrecision().ordinal();
    }
}
