package org.conflictledger.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Countries;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Sentence;

/**
 * Places each incident of an extraction: the places named in its own sentences (the extractor's choice
 * first), resolved against the countries the article names, most specific first. A place the gazetteer
 * lacks ("the Museum Square") keeps its name beside the containing place that resolved ("Museum Square,
 * Raqqah"), with the container's coordinates and precision. A name nothing resolves keeps the incident as
 * it was: its other fields and the name as written.
 */
final class IncidentPlacer {
    private static final int LEAD_SENTENCES = 3;
    private final Gazetteer gazetteer;

    IncidentPlacer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Extraction locate(AnnotatedArticle article, Extraction extraction) {
        if (extraction.incidents().isEmpty()) {
            return extraction;
        }
        List<String> countries = articleCountries(article);
        List<IncidentMention> out = new ArrayList<>();
        for (int i = 0; i < extraction.incidents().size(); i++) {
            out.add(locate(article, extraction.incidents().get(i), i == 0, countries));
        }
        return new Extraction(extraction.id(), out);
    }

    /** Countries the article names as places, most often first (a demonym counts a quarter of a name). */
    private static List<String> articleCountries(AnnotatedArticle article) {
        Map<String, Integer> votes = new HashMap<>();
        for (EntityMention m : article.mentions()) {
            boolean compound = m.end() < article.text().length() && article.text().charAt(m.end()) == '-';
            if (compound) {
                continue; // "US-led", "UK-based": who, not where
            }
            if (m.type() == EntityType.LOCATION) {
                String cc = Countries.byName(m.text());
                if (cc != null) {
                    votes.merge(cc, 4, Integer::sum);
                }
            } else if (m.type() == EntityType.MISC) {
                String cc = Countries.byNameOrDemonym(m.text());
                if (cc != null) {
                    votes.merge(cc, 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>(votes.keySet());
        out.sort((a, b) -> votes.get(b) - votes.get(a) != 0 ? votes.get(b) - votes.get(a) : a.compareTo(b));
        return out;
    }

    private IncidentMention locate(AnnotatedArticle article, IncidentMention m, boolean main, List<String> articleCountries) {
        List<String> context = new ArrayList<>();
        if (m.country() != null) {
            context.add(m.country());
        }
        for (String cc : articleCountries) {
            if (!context.contains(cc)) {
                context.add(cc);
            }
        }
        Set<String> names = candidates(article, m, false);
        Place first = null;
        String firstName = null;
        for (String name : names) {
            Place p = resolve(name, context);
            if (p != null) {
                first = p;
                firstName = name;
                break;
            }
        }
        if (first == null && main) {
            for (String name : candidates(article, m, true)) {
                first = resolve(name, context);
                if (first != null) {
                    firstName = name;
                    break;
                }
            }
        }
        if (first == null && !context.isEmpty()) {
            // the article's countries may be wrong ("a US official said"): a notable place outside them still counts
            for (String name : names) {
                first = gazetteer.resolve(name, context).orElse(null);
                if (first != null) {
                    firstName = name;
                    break;
                }
            }
        }
        if (first == null) {
            return m;
        }
        Place best = first;
        if (rank(first.precision()) > 0) {
            // "in a village in Idlib province ... the town of Hass": a town inside the region the sentence names
            Set<String> within = main ? candidates(article, m, true) : names;
            for (String name : within) {
                Place p = resolve(name, context);
                if (p != null && rank(p.precision()) < rank(best.precision()) && p.country().equals(first.country())
                        && (first.precision() == GeoPrecision.COUNTRY || java.util.Objects.equals(p.admin1(), first.admin1()))) {
                    best = p;
                    firstName = name;
                }
            }
        }
        String location = best.name();
        boolean unresolved = m.location() != null && !m.location().equals(firstName)
                && Countries.byNameOrDemonym(m.location()) == null && gazetteer.resolve(m.location(), context).isEmpty();
        if (unresolved) {
            // a landmark, district or village the gazetteer lacks keeps its name, placed by what contains it
            location = m.location();
        }
        return new IncidentMention(m.incidentId(), m.eventType(), m.dateStart(), m.dateEnd(), location,
                best.admin1(), best.country(), best.lat(), best.lon(), best.precision(), m.perpetrators(),
                m.disputedPerpetrator(), m.claims());
    }

    private Place resolve(String name, List<String> context) {
        Optional<Place> p = gazetteer.resolve(name, context);
        return p.isPresent() && (context.isEmpty() || context.contains(p.get().country())) ? p.get() : null;
    }

    /** Most specific first: a place or city before a district, a region, a country. */
    private static int rank(GeoPrecision p) {
        return switch (p) {
            case PLACE, CITY -> 0;
            case DISTRICT -> 1;
            case REGION -> 2;
            case COUNTRY -> 3;
        };
    }

    /** Names to try: the extractor's place, then places named in the incident's sentences, then the lead's. */
    private static Set<String> candidates(AnnotatedArticle article, IncidentMention m, boolean main) {
        Set<String> names = new LinkedHashSet<>();
        if (m.location() != null) {
            names.add(m.location());
        }
        Set<Integer> sentences = new LinkedHashSet<>();
        for (Claim c : m.claims()) {
            for (Sentence s : article.sentences()) {
                if (s.start() <= c.start() && c.end() <= s.end() + 1 || s.start() >= c.start() && s.end() <= c.end()) {
                    sentences.add(s.index());
                }
            }
        }
        if (main) {
            for (int s = 0; s < Math.min(LEAD_SENTENCES, article.sentences().size()); s++) {
                sentences.add(s);
            }
        }
        for (EntityMention e : article.mentions()) {
            if (e.type() == EntityType.LOCATION && sentences.contains(e.sentence())) {
                names.add(e.text());
            }
        }
        return names;
    }
}
