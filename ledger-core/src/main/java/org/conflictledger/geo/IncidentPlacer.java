package org.conflictledger.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.ActorPlaces;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Countries;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.FiledFrom;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.GreatCircle;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.PlaceNames;
import org.conflictledger.model.Sentence;
import org.conflictledger.model.Token;
import org.conflictledger.model.WarTolls;
import org.conflictledger.model.WordNet;

/**
 * Places each incident of an extraction: the places named in its own sentences (the extractor's choice
 * first), resolved against the countries the article names, most specific first. A place the gazetteer
 * lacks ("the Museum Square") keeps its name beside the containing place that resolved ("Museum Square,
 * Raqqah"), with the container's coordinates and precision. A name nothing resolves keeps the incident as
 * it was: its other fields and the name as written.
 */
final class IncidentPlacer {
    private static final int LEAD_SENTENCES = 3;
    /** The fewest people a town found for a story that names no country must have: {@link #resolve}. */
    private static final int SETTLED = 1000;
    /** A first-level division named with its division word ("Borno State") counts as much as its country's name. */
    private static final int REGION_VOTE = 4;
    /** What joins a district to the state it lies in: "Marte Local Government Area of Borno State", "Konduga LGA, Borno State". */
    private static final Pattern WITHIN_STATE = Pattern.compile("\\s*(?:,|\\bof\\b|\\bin\\b)?\\s*(?:the\\s+)?");
    private final Gazetteer gazetteer;

    IncidentPlacer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Extraction locate(AnnotatedArticle article, Extraction extraction) {
        if (extraction.incidents().isEmpty()) {
            return extraction;
        }
        Map<String, Integer> votes = countryVotes(article);
        List<RegionPhrases.Found> regions = RegionPhrases.in(article.text(), gazetteer, byVotes(votes));
        List<String> countries = articleCountries(article, votes, regions);
        if (countries.isEmpty()) {
            Notable places = notablePlaces(article);
            countries = new ArrayList<>(places.mentions().keySet());
            countries.sort(places.order());
        }
        if (countries.isEmpty()) {
            // a district's name is shared more often: its country counts only for a story that names no other place
            // ("on Wana road in Tank district")
            for (RegionPhrases.Found f : regions) {
                if (!countries.contains(f.place().country())) {
                    countries.add(f.place().country());
                }
            }
        }
        List<IncidentMention> out = new ArrayList<>();
        for (int i = 0; i < extraction.incidents().size(); i++) {
            IncidentMention m = extraction.incidents().get(i);
            IncidentMention placed = locate(article, regions, m, i == 0, countries);
            if (i == 0 && placed.geoPrecision() != GeoPrecision.COUNTRY && placed.country() != null
                    && m.claims().stream().allMatch(c -> WarTolls.in(c.evidence()))) {
                // a story's first incident that is a whole war's toll is the war's country's, the country of the
                // news's place, not that place ("soldiers were deployed in the capital, Bujumbura ... As many as
                // 300,000 people died in the war")
                placed = inCountry(placed);
            }
            out.add(placed);
        }
        return new Extraction(extraction.id(), out);
    }

    /**
     * Countries the article names as places, most often first (a demonym counts a quarter of a name, a speaker half, a
     * first-level division written with its division word as much as a name: {@link RegionPhrases});
     * among equals, the one whose notable places the article names more ("troops from Nigeria, Niger, Chad and
     * Cameroon" in a story of Borno and Adamawa), then the first named.
     */
    private List<String> articleCountries(AnnotatedArticle article, Map<String, Integer> named,
                                          List<RegionPhrases.Found> regions) {
        Map<String, Integer> votes = new LinkedHashMap<>(named);
        for (int i = 0; i < regions.size(); i++) {
            RegionPhrases.Found f = regions.get(i);
            // "in Ganjuwa LGA of Bauchi State", "in Barkin Ladi Local Government Area of Plateau": one vote a place,
            // not one for the district and another for the state it is said to lie in
            boolean stateAfter = i + 1 < regions.size() && regions.get(i + 1).place().precision() == GeoPrecision.REGION
                    && WITHIN_STATE.matcher(article.text().substring(f.end(), regions.get(i + 1).start())).matches();
            if (f.place().precision() == GeoPrecision.REGION || f.localGovernmentArea() && !stateAfter) {
                votes.merge(f.place().country(), REGION_VOTE, Integer::sum);
            }
        }
        List<String> out = byVotes(votes);
        if (new java.util.HashSet<>(votes.values()).size() < votes.size()) {
            out.sort(mostVotes(votes).thenComparing(notablePlaces(article).order())); // a tie: the gazetteer is asked only then
        }
        return out;
    }

    /** The countries of a vote count, most votes first (the first named among equals). */
    private static List<String> byVotes(Map<String, Integer> votes) {
        List<String> out = new ArrayList<>(votes.keySet());
        out.sort(mostVotes(votes));
        return out;
    }

    private static Comparator<String> mostVotes(Map<String, Integer> votes) {
        return Comparator.comparing((String cc) -> votes.get(cc)).reversed();
    }

    /**
     * The article's countries named as places (4 votes a mention), as speakers (2) and by demonyms (1); not one named
     * only as somewhere else ("fled to Niger", "the border with Laos"), nor an ethnic group's demonym.
     */
    private static Map<String, Integer> countryVotes(AnnotatedArticle article) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (EntityMention m : article.mentions()) {
            if (ActorPlaces.compound(article.text(), m.end())) {
                continue; // "US-led", "UK-based": who, not where
            }
            if (m.type() != EntityType.LOCATION && m.type() != EntityType.MISC) {
                continue;
            }
            List<Token> tokens = article.sentences().get(m.sentence()).tokens();
            if (m.type() == EntityType.LOCATION) {
                String cc = Countries.byName(m.text());
                if (cc != null && !ActorPlaces.elsewhere(tokens, m)) {
                    // "Russia says": who spoke, as often as where
                    votes.merge(cc, ActorPlaces.speaking(tokens, m) ? 2 : 4, Integer::sum);
                }
            } else {
                String cc = Countries.byNameOrDemonym(m.text());
                if (cc != null && !ActorPlaces.ethnic(tokens, m) && !ActorPlaces.borderOf(tokens, m)) {
                    votes.merge(cc, 1, Integer::sum);
                }
            }
        }
        for (Sentence s : article.sentences()) {
            Countries.possessivesWithoutApostrophe(s.tokens(), cc -> votes.merge(cc, 4, Integer::sum));
        }
        return votes;
    }

    /** The countries of the notable places an article names: how often it names them, and the largest of them. */
    private record Notable(Map<String, Integer> mentions, Map<String, Long> largest) {
        /** More mentions first, then the larger place ("Baghdad" before the Iranian namesake of its Karrada district). */
        Comparator<String> order() {
            return Comparator.comparing((String cc) -> mentions.getOrDefault(cc, 0))
                    .thenComparing(cc -> largest.getOrDefault(cc, 0L)).reversed();
        }
    }

    /**
     * The countries of the regions and cities of {@value GeoNamesGazetteer#NOTABLE} people the article names ("Hasakah
     * city" is Syria's): for an article that names no country, where its villages are looked for.
     */
    private Notable notablePlaces(AnnotatedArticle article) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Long> largest = new HashMap<>();
        for (EntityMention e : article.mentions()) {
            if (e.type() != EntityType.LOCATION || dateline(article.text(), e) || actorOrName(article, e)
                    || countryElsewhere(article, e)) {
                continue;
            }
            // a name as spelled, not as a village or a quarter: "raided Kaakong village" in a story of Kenyan counties
            // is no vote for a Chinese city once called Kaakong
            Place p = gazetteer.resolveAsSpelled(withoutCountry(e.text()), List.of()).orElse(null);
            if (p != null && notable(p) && !writtenAs(article.text(), e.text(), SMALL_PLACE_WORDS)) {
                votes.merge(p.country(), 1, Integer::sum);
                largest.merge(p.country(), p.population(), Math::max);
            }
        }
        return new Notable(votes, largest);
    }

    private IncidentMention locate(AnnotatedArticle article, List<RegionPhrases.Found> regions, IncidentMention m,
                                   boolean main, List<String> articleCountries) {
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
        Set<Integer> own = sentencesOf(article, m, false);
        String ownCountry = namedCountry(article, m, own);
        names.removeIf(name -> government(article, name, ownCountry, context) || otherCountry(name, m.country()));
        Pick picked = firstPlace(names, context, null);
        picked = main ? capitalFirst(article, own, picked) : picked;
        if (main && (picked == null || picked.place().precision() == GeoPrecision.COUNTRY)) {
            // the story's lead: "At least 24 people were killed ... on the Syrian side of the border with Iraq ...
            // The village lies in Hasakeh province"
            Set<String> lead = candidates(article, m, true);
            lead.removeIf(name -> government(article, name, ownCountry, context) || otherCountry(name, m.country()));
            Pick fromLead = firstPlace(lead, context, picked);
            // not out of the country the figure's own sentence names as the place: "In Israel, 67 soldiers and six
            // civilians were killed" in a story whose lead is of Gaza
            picked = ownCountry == null || fromLead == null || ownCountry.equals(fromLead.place().country()) ? fromLead : picked;
        }
        Place first = picked == null ? null : picked.place();
        String firstName = picked == null ? null : picked.name();
        Set<Integer> ownSentences = sentencesOf(article, m, main);
        boolean byDivisionWord = false;
        if (first == null || first.precision() == GeoPrecision.COUNTRY) {
            // "A Borno State Senator ...", "in Ganjuwa Local Government Area of Bauchi State": a division written with
            // its division word in the incident's sentences, whatever the tagger made of it; in the country they name
            // as a place, when they name one ("crossed over to Dubuwa village in Chad" from Borno State)
            for (RegionPhrases.Found f : regions) {
                Sentence s = sentenceAt(article, f.start());
                if (s != null && ownSentences.contains(s.index()) && context.contains(f.place().country())
                        && (ownCountry == null || ownCountry.equals(f.place().country()))) {
                    first = f.place();
                    firstName = f.name();
                    byDivisionWord = true;
                    break;
                }
            }
        }
        if (first == null && !context.isEmpty()) {
            // the article's countries may be wrong ("a US official said"): a notable place outside them still counts,
            // not another country's namesake of a place a country's possessive names ("Iraq's Kurdistan region")
            for (String name : names) {
                first = gazetteer.resolve(name, context).filter(p -> !RegionPhrases.otherCountryBefore(article.text(), name, p)
                                && !quarterAbroad(article.text(), name, p, context))
                        .orElse(null);
                if (first != null) {
                    firstName = name;
                    break;
                }
            }
        }
        for (String name : names) {
            if (first != null && first.precision() != GeoPrecision.COUNTRY) {
                break;
            }
            // "a suicide blast near Gaddafi Stadium Lahore": a landmark the gazetteer lacks, run on with its town's name
            Pick tail = runOnTail(name, context);
            if (tail != null) {
                first = tail.place();
                firstName = tail.name();
            }
        }
        boolean readByGazetteer = false;
        if ((first == null || first.precision() == GeoPrecision.COUNTRY || byDivisionWord)
                && (!context.isEmpty() || first == null && m.location() == null)) {
            // "killed ... in al-Hassakeh in north-eastern Syria": a place the tagger missed, read by the gazetteer;
            // in a sentence of the incident's own figures, it outweighs the country the story names most (and a
            // division named with its division word, within its country: "in al-Malaah Northwest of Aleppo Province")
            // the division's own name, read once: "the province of al-Baydha" names no seat of al-Baydha
            PlaceQuery division = byDivisionWord ? PlaceQuery.parse(firstName) : null;
            for (Named named : untagged(article, ownSentences)) {
                String name = named.name();
                if (context.isEmpty() && name.equals(name.toUpperCase(Locale.ROOT))) {
                    continue; // a story that names no country: no initials read as a place ("in SITE area here")
                }
                if (division != null && division.coreKey().equals(NameKeys.loose(name))) {
                    continue; // "the province of al-Baydha": the division itself, not its seat
                }
                // "in northern Syrias Afrin": looked for in the country that owns it, which the tagger may have missed
                List<String> where = named.owner() == null ? context : List.of(named.owner());
                Place p = resolve(name, where);
                String head = p == null ? runOnHead(name, where) : null;
                if (head != null) {
                    name = head; // a headline's capitals run on after the name: "in Tell Abyad Terrorist Attack"
                    p = resolve(name, where);
                }
                if (named.owner() != null && gazetteer.division(name, where).isPresent()) {
                    continue; // "in Syria's Idlib": the province as often as its seat, which the story may tell apart
                }
                if (p != null && context.isEmpty() && !notable(p)) {
                    p = null; // nor a small namesake: "along Maiduguri-Damaturu road" is a notable place
                }
                if (p == null && own.contains(named.sentence()) && occurrences(article.text(), name) > 1) {
                    // "executed 19 men ... in Deir Ezour" in a story whose only country is a group's ("the Islamic
                    // State in Iraq"): a notable place beside the figures that the story names again, wherever it is
                    p = gazetteer.resolve(name, List.of()).filter(IncidentPlacer::notable).orElse(null);
                    if (p != null && quarterAbroad(article.text(), name, p, context)) {
                        p = null;
                    }
                }
                if (p != null && p.precision() != GeoPrecision.COUNTRY && (first == null || p.country().equals(first.country())
                        || own.contains(named.sentence()) && !byDivisionWord)) {
                    first = p;
                    firstName = name;
                    readByGazetteer = true;
                    break;
                }
            }
        }
        boolean atCountry = m.location() != null && Countries.byNameOrDemonym(withoutCountry(m.location())) != null;
        boolean placeless = m.location() == null || atCountry || PlaceNames.isWorldRegion(m.location());
        // a toll over many days that its own sentence puts in a country is the country's ("So far this year, 1,700
        // civilians have been killed in attacks across Afghanistan"), not the town the story names most
        boolean countryWide = atCountry && m.dateStart() != null && m.dateEnd() != null && m.dateEnd().isAfter(m.dateStart());
        if ((main || placeless && m.dateStart() != null && !countryWide) && (first == null || first.precision() == GeoPrecision.COUNTRY)) {
            // a story about one incident names its town or province again and again, not always beside the toll;
            // not a figure of no day ("six years of violence and at least 15,000 deaths"), a country's
            Place often = mostNamed(article, context);
            String top = articleCountries.isEmpty() ? null : articleCountries.get(0);
            if (often != null && (first == null || often.country().equals(first.country()) || often.country().equals(top))) {
                first = often;
                firstName = often.name();
            }
        }
        if (first != null && first.precision() == GeoPrecision.COUNTRY) {
            // the story's countries may be only its actors' ("the Assad regime and its ally Russia killed over 80
            // civilians in the battleground city of Aleppo"): a notable place its own sentences name, wherever it is
            // but not another country's namesake of a place a country's possessive names ("Iraq's Kurdistan region")
            for (String name : names) {
                Place p = gazetteer.resolve(name, context).orElse(null);
                if (p != null && p.precision() != GeoPrecision.COUNTRY && !RegionPhrases.otherCountryBefore(article.text(), name, p)
                        && !quarterAbroad(article.text(), name, p, context)) {
                    first = p;
                    firstName = name;
                    break;
                }
            }
        }
        if (first != null && first.precision() == GeoPrecision.COUNTRY) {
            // "clashes east of Syria's capital", "a blast in the Somali capital": the country's capital, named by its role
            Place capital = capitalNamed(article, own, first.country());
            if (capital != null) {
                first = capital;
                firstName = capital.name();
            }
        }
        if (first == null && placeless && !context.isEmpty()) {
            // "six years of violence and at least 15,000 deaths" in a story of Borno villages: the story's country
            firstName = Countries.name(context.get(0));
            first = countryPlace(context.get(0));
        }
        // the country of a place the gazetteer lacks: the extractor's, else the story's when it has only one
        String country = m.country() != null ? m.country() : articleCountries.size() == 1 ? articleCountries.get(0) : null;
        if (first == null && !placeless && country != null) {
            // a village, camp or square the gazetteer lacks ("Dalori II IDP camp"): placed by what the text says
            // contains it, else by the one region the story's places lie in, else by its country; its name is kept
            Pick owner = ownerOf(m.location(), context); // "Daraas Manshiyah district": Daraa's, whatever the story's votes
            Pick holder = owner != null ? owner : containerOf(article, withoutCountry(m.location()), context, ownSentences);
            if (holder != null && (owner != null || holder.place().country().equals(country))) {
                first = holder.place();
                firstName = holder.name();
            } else {
                Place around = onlyRegion(article, regions, country);
                if (around == null) {
                    around = countryPlace(country);
                }
                return around == null ? unplaced(m)
                        : new IncidentMention(m.incidentId(), m.eventType(), m.dateStart(), m.dateEnd(),
                        withoutOwner(m.location(), context),
                        around.admin1(), country, around.lat(), around.lon(), around.precision(), m.perpetrators(),
                        m.disputedPerpetrator(), m.claims());
            }
        }
        String namedWithin = null;
        if (first == null) {
            // "the Darkenley District of Mogadishu", a district the gazetteer lacks: placed in the city its name gives
            Pick outer = containerInName(m.location(), context);
            if (outer != null) {
                first = outer.place();
                firstName = outer.name();
                namedWithin = m.location();
            }
        }
        if (first == null && articleCountries.isEmpty()) {
            // a story that names no country and no place but names a large one in passing: "A Mogadishu hospital
            // director was gunned down", "ongoing Port Said clashes", "the Bangkok Metropolitan Administration"
            Pick passing = largePlaceInPassing(article, ownSentences);
            if (passing != null) {
                first = passing.place();
                firstName = passing.name();
            }
        }
        if (first == null) {
            return unplaced(m);
        }
        String inside = namedWithin;
        Pick holder = containerOf(article, firstName, context, ownSentences);
        Place container = holder == null ? null : holder.place();
        if (holder != null && holder.nearKm() > 0 ? first.precision() == GeoPrecision.COUNTRY || holder.far(first)
                : outweighs(container, first) && !(container.country().equals(first.country())
                && Objects.equals(container.admin1(), first.admin1()))) {
            if (first.precision() == GeoPrecision.CITY && container.precision() == GeoPrecision.CITY
                    && container.country().equals(first.country()) && container.population() < first.population()) {
                // "the Damascus suburb of Douma": the smaller town is where, the city it lies by names it
                firstName = holder.name();
            } else {
                // "the Midan neighbourhood of Damascus": not Raqqa's Ma'dan, whatever the gazetteer makes of "Midan"
                inside = firstName;
            }
            first = container;
        }
        String namedIn = inside == null && rank(first.precision()) <= 1 ? countryBefore(article.text(), firstName) : null;
        if (namedIn != null && !namedIn.equals(first.country())) {
            // "the central Mali city of Konna": Mali's, not a namesake in France (whose troops the sentence names)
            Place there = resolve(firstName, List.of(namedIn));
            if (there == null) {
                there = countryPlace(namedIn);
                inside = there == null ? null : firstName;
            }
            first = there == null ? first : there;
        }
        Place named = inside == null && rank(first.precision()) <= 1 ? regionAfter(article, regions, firstName, first) : null;
        if (named != null && !named.admin1().equals(first.admin1())) {
            // "Galga village in Gombi Local Government Area of Adamawa State": a namesake in that state, else the state
            Place there = resolve(firstName + ", " + named.admin1(), context);
            if (there != null && named.admin1().equals(there.admin1())) {
                first = there;
            } else {
                inside = firstName;
                first = named;
            }
        }
        Place best = first;
        if (rank(first.precision()) > 0) {
            // "in a village in Idlib province ... the town of Hass": a town inside the region the sentence names
            Set<String> within = main ? candidates(article, m, true) : names;
            if (main) {
                // "At least 17 soldiers have been killed in suicide attacks in Anbar province. The militants launched a
                // wave of bombings outside the city of Falluja": the sentence after the first figure's names the town
                within.addAll(namesIn(article, nextAfterFirstFigure(article, own)));
            }
            for (String name : within) {
                Place p = resolve(name, context);
                if (p != null && rank(p.precision()) < rank(best.precision()) && p.country().equals(first.country())
                        && (first.precision() == GeoPrecision.COUNTRY || Objects.equals(p.admin1(), first.admin1()))) {
                    best = p;
                    firstName = name;
                    inside = null; // a town the sentence names is where, not the neighbourhood's container
                }
            }
        }
        String location = inside != null ? inside : asWritten(firstName, best);
        // a story placed no nearer than its region, or only by a name the tagger missed, may name its village
        // further down
        boolean storyWide = main && (rank(best.precision()) >= 2 || readByGazetteer);
        String locality = locality(article, m, own, main, storyWide, context, best);
        if (locality != null) {
            Place p = resolve(locality, context);
            Pick outer = containerOf(article, locality, context, ownSentences);
            Place around = outer == null ? null : outer.place();
            if (outweighs(around, best) && (p == null || (outer.nearKm() > 0 ? outer.far(p)
                    : !Objects.equals(p.admin1(), around.admin1())))) {
                // "al-Hamadaniyeh neighborhood in Aleppo city": where the text puts it, whatever else its name matches
                best = around;
                p = null;
            }
            if (p != null && rank(p.precision()) < rank(best.precision())) {
                best = p;
                location = asWritten(locality, p);
            } else if (p == null) {
                location = locality; // a village, district or market the gazetteer lacks, placed by what contains it
            }
        } else {
            String written = m.location() == null ? null : withoutCountry(m.location());
            boolean unresolved = written != null && !written.equals(firstName)
                    && Countries.byNameOrDemonym(written) == null && gazetteer.resolve(written, context).isEmpty();
            Pick part = unresolved ? runOnPart(written, context) : null;
            if (part == null && unresolved && (!readByGazetteer || together(article, written, firstName))) {
                // a landmark, district or village the gazetteer lacks keeps its name, placed by what contains it
                // (not by a place the gazetteer read elsewhere in the story)
                location = written;
            } else if (part != null && rank(part.place().precision()) < rank(best.precision())
                    && part.place().country().equals(best.country())
                    && (best.precision() == GeoPrecision.COUNTRY || Objects.equals(part.place().admin1(), best.admin1()))) {
                // "Deraa the", "Russia Idlib": the place the run-on name holds, where the story put no nearer one
                best = part.place();
                location = asWritten(part.name(), best);
            }
        }
        return new IncidentMention(m.incidentId(), m.eventType(), m.dateStart(), m.dateEnd(), withoutOwner(location, context),
                best.admin1(), best.country(), best.lat(), best.lon(), best.precision(), m.perpetrators(),
                m.disputedPerpetrator(), m.claims());
    }

    /**
     * A name as written without the place or person before it in the possessive: "Syria's Aleppo", "Mogadishu's Shibis",
     * "In Borno's Gulumba", "Gabriel Suswam's Anyii" are Aleppo, Shibis, Gulumba and Anyii. Not when what owns it is a
     * single word that is no place ("King's Lynn").
     */
    private String withoutOwner(String location, List<String> context) {
        Owned o = owned(location, context);
        if (o == null || !o.bare() && !Character.isUpperCase(o.owned().charAt(0))) {
            return location;
        }
        if (o.bare()) {
            return o.owned(); // "Aleppos Old City"
        }
        boolean place = Countries.byName(o.owner()) != null || gazetteer.resolve(o.owner(), context).isPresent();
        return place || o.owner().strip().split("\\s+").length >= 2 ? o.owned() : location;
    }

    /** A name in the possessive: its owner (without "In", "the"), what it owns, and whether the apostrophe was lost. */
    private record Owned(String owner, String owned, boolean bare) {
    }

    /** "Syria's Aleppo", or with its apostrophe lost ("Aleppos Old City", {@link #bareOwner}) as owner and owned; else null. */
    private Owned owned(String location, List<String> context) {
        if (location == null) {
            return null;
        }
        Matcher bare = BARE_POSSESSIVE.matcher(location);
        if (bare.matches() && bareOwner(bare.group(1), context)) {
            return new Owned(bare.group(1), bare.group(2), true);
        }
        Matcher x = POSSESSIVE.matcher(location);
        return x.matches() ? new Owned(x.group(1).replaceFirst(OWNER_LEAD, ""), x.group(2), false) : null;
    }

    /**
     * Whether a word before a name, with an "s" after it, owns that name though its apostrophe is lost ("Aleppos Old
     * City", "Daraas Manshiyah", "Syrias Aleppo"): the word is a country, or a notable place and the word with its "s"
     * names no place ("Lagos Island" is Lagos's).
     */
    private boolean bareOwner(String owner, List<String> context) {
        if (Countries.byName(owner) != null) {
            return true; // "Syrias Aleppo"
        }
        Place p = gazetteer.resolveAsSpelled(owner + "s", context).isPresent() ? null : resolve(owner, context);
        return p != null && notable(p);
    }

    /** The place that owns a name in the possessive ("Mogadishu's Shibis", "Daraas Manshiyah"), or null. */
    private Pick ownerOf(String location, List<String> context) {
        Owned o = owned(location, context);
        Place p = o == null || Countries.byName(o.owner()) != null ? null : resolve(o.owner(), context);
        return p == null ? null : new Pick(o.owner(), p);
    }

    /**
     * The incident's country when its own sentences ({@code own}) name it as a place ("shot down over Syria"), else null.
     */
    private static String namedCountry(AnnotatedArticle article, IncidentMention m, Set<Integer> own) {
        for (EntityMention e : article.mentions()) {
            if (e.type() == EntityType.LOCATION && own.contains(e.sentence()) && m.country() != null
                    && m.country().equals(Countries.byName(e.text())) && !actorOrName(article, e)) {
                return m.country();
            }
        }
        return null;
    }

    /**
     * "the single deadliest incident for Moscow", of a helicopter shot down over Syria: another country's capital
     * than the one the incident's sentences name names its government, not where it happened.
     */
    private boolean government(AnnotatedArticle article, String name, String country, List<String> context) {
        if (country == null) {
            return false;
        }
        for (EntityMention e : article.mentions()) {
            if (e.type() == EntityType.LOCATION && e.text().equals(name)
                    && ActorPlaces.beforeNoun(article.sentences().get(e.sentence()).tokens(), e)) {
                return false; // "a Baghdad air raid shelter": the city, where
            }
        }
        Place p = gazetteer.resolve(name, context).orElse(null);
        return p != null && !p.country().equals(country) && p.precision() == GeoPrecision.CITY
                && gazetteer.capital(p.country()).filter(c -> c.name().equals(p.name()) && c.lat() == p.lat()).isPresent();
    }

    /** "Syria's capital", "Syrias capital", "the Somali capital": a capital named by its country, not followed by its name. */
    private static final Pattern CAPITAL_OF = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}.]+(?:['\u2019]s)?)\\s+capital\\b(?![,\\s]+(?:city\\s+(?:of\\s+)?)?\\p{Lu})");

    /**
     * "At least 19 people were killed near the Syrian capital on Tuesday ... hours after a gas attack left dozens dead in
     * Khan Sheikhun": the capital the incident's first sentence names by its role before the place picked, when that
     * place lies in another region, tells of something else; {@code picked} otherwise. A place the capital's possessive
     * names ("in the Syrian capital's Midan neighbourhood") keeps its name, placed in the capital, not in a namesake.
     */
    private Pick capitalFirst(AnnotatedArticle article, Set<Integer> own, Pick picked) {
        if (picked == null || own.isEmpty() || picked.place().precision() == GeoPrecision.COUNTRY) {
            return picked;
        }
        Sentence s = article.sentences().get(java.util.Collections.min(own));
        Matcher x = CAPITAL_OF.matcher(article.text()).region(s.start(), s.end());
        if (!x.find()) {
            return picked;
        }
        String cc = capitalsCountry(x);
        Place capital = cc == null ? null : gazetteer.capital(cc).orElse(null);
        if (capital == null || Objects.equals(capital.admin1(), picked.place().admin1())
                || !cc.equals(picked.place().country())) {
            return picked;
        }
        int at = article.text().indexOf(picked.name(), s.start());
        if (at >= 0 && at < x.start()) {
            return picked;
        }
        // "the Iraqi capital's central district of Karradah": a quarter of the capital, not another region's namesake
        boolean quarter = article.text().startsWith("'s", x.end()) || article.text().startsWith("\u2019s", x.end());
        return new Pick(quarter ? picked.name() : capital.name(), capital);
    }

    /** The country whose capital a {@link #CAPITAL_OF} match names ("Syria's", "the Somali"), or null. */
    private static String capitalsCountry(Matcher x) {
        return Countries.byNameOrDemonym(x.group(1).replaceFirst("['\u2019]s$", ""));
    }

    /** The capital of {@code country} that the given sentences name by its role, or null. */
    private Place capitalNamed(AnnotatedArticle article, Set<Integer> sentences, String country) {
        for (int i : sentences) {
            Sentence s = article.sentences().get(i);
            Matcher x = CAPITAL_OF.matcher(article.text()).region(s.start(), s.end());
            while (x.find()) {
                if (country.equals(capitalsCountry(x))) {
                    return gazetteer.capital(country).orElse(null);
                }
            }
        }
        return null;
    }

    /** A name and the place it resolved to. */
    private record Pick(String name, Place place, double nearKm, double bearing) {
        Pick(String name, Place place) {
            this(name, place, 0, Double.NaN);
        }

        /**
         * Whether a place lies further from this one than the text puts it, or on another side of it ("Adra northeast of
         * Damascus" is not Daraa's Dar'a, 90 km south); only for a place given as near ({@code nearKm > 0}), and the side
         * only when the text gives one and the place is not at this one's door.
         */
        boolean far(Place other) {
            double km = GreatCircle.km(place.lat(), place.lon(), other.lat(), other.lon());
            return km > nearKm || !Double.isNaN(bearing) && km > SIDE_KM
                    && GreatCircle.between(bearing, GreatCircle.bearing(place.lat(), place.lon(), other.lat(), other.lon())) > SIDE_DEGREES;
        }
    }

    /**
     * The first of the names that resolves below country level ("Hasakeh province" after "Iraq"), else the first
     * that resolves to the first context country, else the first that resolves to a country, else {@code found}.
     */
    private Pick firstPlace(Set<String> names, List<String> context, Pick found) {
        Pick country = found;
        for (String name : names) {
            Place p = resolve(name, context);
            if (p == null) {
                p = landformHead(name, context);
            }
            Pick part = p == null ? runOnPart(name, context) : null;
            if (p == null && part == null) {
                part = ownerOf(name, context); // "in Daraas Manshiyah district", a place the gazetteer lacks: in Daraa
            }
            if (part != null && part.place().precision() != GeoPrecision.COUNTRY) {
                return part; // "in Hama Breaks Siege", a headline's capitals
            }
            if (p != null && p.precision() != GeoPrecision.COUNTRY) {
                return new Pick(name, p);
            }
            if (p != null && (country == null || !context.isEmpty() && !country.place().country().equals(context.get(0))
                    && p.country().equals(context.get(0)))) {
                // of the countries a sentence lists, the incident's own ("two Chadian villages")
                country = new Pick(name, p);
            }
        }
        return country;
    }

    /**
     * Whether a place the text names as containing another outweighs the place found so far: a city of
     * {@value GeoNamesGazetteer#NOTABLE} people ("Aleppo city"), a province of the same country ("al-Quria in Deir
     * ez-Zor province", whatever namesake the gazetteer found, or of another country: "Mastaba, in Yemen's northern
     * Hajja region" is not Jordan's Mastaba), or any place when only the country is known; not a
     * village whose name is like a district's ("Khogyani district" is no Chahar Qal'ah of Ghazni).
     */
    private static boolean outweighs(Place around, Place current) {
        return around != null && (rank(around.precision()) == 0 && around.population() >= GeoNamesGazetteer.NOTABLE
                || current.precision() == GeoPrecision.COUNTRY && around.precision() != GeoPrecision.COUNTRY
                || around.precision() == GeoPrecision.REGION);
    }

    /**
     * The place a sentence names as containing {@code name} ("Midan neighbourhood of Damascus", "Waer neighbourhood
     * in western Homs", "Minian town in Aleppo", "Babeska, a village in Idlib", "the town of al-Quria in Deir ez-Zor
     * province", "Bielel locality, South Darfur,"), or as near it ("Adra northeast of Damascus", "Hassia 40 km south of
     * Homs"), with the container's name as written, or null.
     */
    private Pick containerOf(AnnotatedArticle article, String name, List<String> context, Set<Integer> own) {
        if (name == null || name.isBlank()) {
            return null;
        }
        // "Al Quriyah" in one sentence is "Al-Quriyah southeast of Deir Ezzor city" in another
        String bare = name.replaceFirst("^(?:(?i:" + ARTICLE + ")|Al |El )", "");
        Pattern within = Pattern.compile("(?<![\\p{L}-])(?:(?i:" + ARTICLE + ")|Al |El )?" + Pattern.quote(bare)
                + "(?:(?:,?\\s+(?:an?|the)(?:\\s+[a-z-]+)?)?\\s+(?:neighbou?rhood|district|area|suburb|quarter|village|town)\\s+(?:of|in)\\s+(?:the\\s+)?"
                + "(?:(?i:north|south|east|west)(?:ern)?\\s+)?(?:city\\s+of\\s+)?" + NAME
                + "(?:\\s+(province|governorate|state|region)\\b)?"
                + "|,?\\s+in\\s+(?:the\\s+)?(?:\\p{Lu}\\p{L}+['\u2019]s\\s+)?(?:(?i:north|south|east|west)(?:ern)?\\s+)?" + NAME
                + "\\s+(province|governorate|state|region)\\b"
                + "|,?\\s+(?:about\\s+|some\\s+)?(?:(\\d{1,3})\\s*(?:km|kilometres|kilometers|miles)\\s+(?:\\([^)\\n]{1,25}\\)\\s+)?)?"
                + "(?i:north|south|east|west)(?:-?(?i:east|west))?\\s+of\\s+(?:the\\s+)?(?:city\\s+of\\s+)?" + NAME
                + "|(?:\\s+(?:locality|village|town|camp|area))?,\\s+" + NAME
                + "(?=\\s*(?:[.;]|$)|,\\s+(?!\\p{Lu}[\\p{L}-]*+(?:\\s+\\p{Lu}[\\p{L}-]*+)?\\s*(?:,|and\\b|or\\b))))");
        Matcher x = null;
        for (Sentence s : article.sentences()) { // the incident's own sentences first, then the story's
            if (own.contains(s.index())) {
                Matcher here = within.matcher(article.text()).region(s.start(), s.end());
                if (here.find()) {
                    x = here;
                    break;
                }
            }
        }
        if (x == null) {
            x = within.matcher(article.text());
            if (!x.find()) {
                return null;
            }
        }
        if (x.group(7) != null) {
            // "Bielel locality, South Darfur, ...": a division set beside the place in commas contains it; a town
            // beside it, or a division inside a list ("Cairo, Minya, Damietta and Aswan"), is another item of it
            String division = trimLocality(x.group(7));
            return division == null ? null : gazetteer.division(division, context).map(d -> new Pick(division, d)).orElse(null);
        }
        String outer = trimLocality(x.group(1) != null ? x.group(1) : x.group(3) != null ? x.group(3) : x.group(6));
        // "the Dasht-e-Archi district of the Kunduz province": the province, not its seat
        String division = x.group(2) != null ? x.group(2) : x.group(4);
        Place p = outer == null ? null : resolve(division != null ? outer + " " + division : outer, context);
        if (p == null || x.group(6) == null) {
            return p == null ? null : new Pick(outer, p);
        }
        // "Jayrud 60 kilometres (35 miles) northeast of Damascus": near it, a stated distance or a day's drive
        boolean miles = x.group(5) != null && x.group(0).substring(x.end(5) - x.start()).stripLeading().startsWith("mile");
        double stated = x.group(5) == null ? 0 : Integer.parseInt(x.group(5)) * (miles ? 1.6 : 1);
        double side = bearing(x.group(0));
        return new Pick(outer, p, stated > 0 ? Math.max(NEAR_KM, 1.5 * stated + 20) : Double.isNaN(side) ? NEAR_KM : SIDE_NEAR_KM,
                side);
    }

    /** "north-east of" and the like in a phrase: the compass bearing it names, in degrees from north. */
    private static final Pattern SIDE = Pattern.compile("(?i)\\b(north|south)?-?(east|west)?\\s+of\\b");

    /** The bearing of the compass words before "of" in a phrase ("60 km northeast of Damascus": 45), or NaN. */
    private static double bearing(String phrase) {
        Matcher m = SIDE.matcher(phrase);
        while (m.find()) {
            String ns = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String ew = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            double lat = ns.equals("north") ? 1 : ns.equals("south") ? -1 : 0;
            double lon = ew.equals("east") ? 1 : ew.equals("west") ? -1 : 0;
            if (lat != 0 || lon != 0) {
                return (Math.toDegrees(Math.atan2(lon, lat)) + 360) % 360;
            }
        }
        return Double.NaN;
    }

    /**
     * The place a location's own name says contains it ("Darkenley District of Mogadishu", "the Hodan neighbourhood
     * of Mogadishu"), or null. In a story that names no country, only a region or a notable place.
     */
    private Pick containerInName(String location, List<String> context) {
        Matcher x = location == null ? null : SUBDIVISION_OF.matcher(location);
        if (x == null || !x.matches()) {
            return null;
        }
        Place p = resolve(x.group(1), context);
        return p == null || p.precision() == GeoPrecision.COUNTRY || context.isEmpty() && !notable(p) ? null : new Pick(x.group(1), p);
    }

    /** A region, or a place of {@value GeoNamesGazetteer#NOTABLE} people: worth naming outside the story's countries. */
    private static boolean notable(Place p) {
        return p.precision() == GeoPrecision.REGION || p.population() >= GeoNamesGazetteer.NOTABLE;
    }

    /**
     * A place outside the story's countries for a name the text writes as a town's quarter ("al-Karak neighborhood"),
     * or, in a story that has countries, as a village ("raided Kaakong village" in a story of Kenyan counties is no
     * Chinese city once called Kaakong).
     */
    private static boolean quarterAbroad(String text, String name, Place p, List<String> context) {
        return !context.contains(p.country())
                && (writtenAs(text, name, QUARTER_WORDS) || !context.isEmpty() && writtenAs(text, name, VILLAGE_WORDS));
    }

    /**
     * Whether the text writes a name followed by one of the words, or after it and "of" ("al-Karak neighborhood", "the
     * Midan quarter", "Kaakong village", "the village of Gaga"): a part of a town, or a village, in the story's
     * countries, not another country's town.
     */
    static boolean writtenAs(String text, String name, List<String> words) {
        int n = 0;
        for (int at = text.indexOf(name); at >= 0 && n < MAX_QUARTER_LOOKS; at = text.indexOf(name, at + 1), n++) {
            int after = at + name.length();
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            for (String word : words) {
                if (text.regionMatches(true, after, word, 0, word.length())
                        && (after + word.length() == text.length() || !Character.isLetter(text.charAt(after + word.length())))
                        || wordOfBefore(text, at, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word and "of" stand right before {@code at}: "the village of Gaga", "the neighbourhood of Riyadh". */
    private static boolean wordOfBefore(String text, int at, String word) {
        String before = word + " of ";
        int from = at - before.length();
        return from >= 0 && text.regionMatches(true, from, before, 0, before.length())
                && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
    }

    private static final List<String> QUARTER_WORDS = List.of("neighborhood", "neighbourhood", "quarter", "suburb");
    private static final List<String> VILLAGE_WORDS = List.of("village", "hamlet");
    /** A quarter's words and a village's, read in one pass. */
    private static final List<String> SMALL_PLACE_WORDS = java.util.stream.Stream.concat(QUARTER_WORDS.stream(),
            VILLAGE_WORDS.stream()).toList();
    private static final int MAX_QUARTER_LOOKS = 50;

    /**
     * The longest leading words of a name that resolve, when the words after them are no place ("Tell Abyad
     * Terrorist" is Tell Abyad; "Damascus Homs", a list whose commas were lost, is no one place); null when none.
     */
    private String runOnHead(String name, List<String> context) {
        String[] words = name.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (resolve(String.join(" ", Arrays.copyOfRange(words, i, words.length)), context) != null) {
                return null;
            }
        }
        for (int cut = words.length - 1; cut >= 1; cut--) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, cut));
            if (resolve(head, context) != null) {
                return head;
            }
        }
        return null;
    }

    /** Further words that say what kind of place a name is: "Kaura Local Government Area", "Niger State Polytechnic". */
    private static final Set<String> PLACE_KINDS = Set.of("area", "zone", "lga", "municipality", "tehsil", "commune",
            "prefecture", "department", "oblast", "raion", "local", "town", "college", "polytechnic", "academy", "institute",
            "barracks", "compound", "centre", "center", "office", "headquarters", "mall", "port", "harbour", "harbor",
            "farm", "field", "oilfield", "dam", "plant", "factory", "complex", "cemetery", "palace", "court", "bay", "heights",
            "hills", "hill", "forest", "mountain", "pass", "crossing", "gate", "fort", "beach", "oasis");

    /**
     * A name the gazetteer lacks that is a place's name run on into other words, as a headline's capitals or a text
     * without commas write it: "Hama Breaks Siege", "Aleppo SANA", "Deraa the", or a list, "Deir Ezzor Aleppo", "Russia
     * Idlib". Its leading words name a place or a country, and the words after them are a place too (both notable
     * ones), or, in a story that names its countries, only common English words, initials and lower-case words.
     * Returns the first of its parts below a country (else the country), or null when the name is no run-on: a
     * landmark or a division, whose words say what it is ("Nile Street", "Kaura Local Government Area", "Rumbek
     * Central"); a name that goes on with an article ("Bab al Salama", "Khan al-Sheeh"); a name whose later words are
     * no English ("Sheikh Maqsoud").
     */
    private Pick runOnPart(String name, List<String> context) {
        String[] words = name.trim().split("\\s+");
        if (words.length > MAX_RUN_ON_WORDS) {
            return null; // each cut is read in the gazetteer: a hostile run of capitals is not read word by word
        }
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            if (GEO_WORDS.contains(word) || LANDMARKS.contains(word) || SMALL_PLACE_WORDS.contains(word)
                    || PlaceNames.isDivisionWord(word) || PlaceNames.isDirection(word) || PLACE_KINDS.contains(word)) {
                return null;
            }
        }
        for (int cut = 1; cut < words.length; cut++) {
            if (ARABIC_ARTICLE.matcher(words[cut]).lookingAt() || ARABIC_ARTICLE.matcher(words[cut - 1]).matches()) {
                continue;
            }
            String head = String.join(" ", Arrays.copyOfRange(words, 0, cut));
            Pick first = part(head, context);
            if (first == null) {
                continue;
            }
            String tail = String.join(" ", Arrays.copyOfRange(words, cut, words.length));
            Pick second = part(tail, context);
            if (second != null && !(listed(first) && listed(second))) {
                second = null; // "Bulabulin Ngaura", a village: a list names larger places
            }
            // where the story names no country, any word is a place somewhere: "Shahi Bagh" is no list of India's
            // Shahi and Pakistan's Bagh, nor "Hama Breaks" a run-on
            if (second != null || !context.isEmpty() && notName(Arrays.copyOfRange(words, cut, words.length))) {
                return first.place().precision() == GeoPrecision.COUNTRY && second != null ? second : first;
            }
        }
        return null;
    }

    /** The most words a run-on name may have: "Syria Imad al-Ahmad al-Hamad" has four. */
    private static final int MAX_RUN_ON_WORDS = 8;

    /** "al", "el-", "ad-": an article that goes on with the name before it ("Bab al Salama"). */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn|abu|bani)(?:-|$)");

    /** Whether a place may be one of a list of places run together: a country, a region or a notable town. */
    private static boolean listed(Pick p) {
        return p.place().precision() == GeoPrecision.COUNTRY || notable(p.place());
    }

    /** A name that resolves in the context, or a country's, with its place; null for neither. */
    private Pick part(String name, List<String> context) {
        Place p = resolve(name, context);
        if (p != null) {
            return new Pick(name, p);
        }
        String cc = Countries.byNameOrDemonym(name);
        Place country = cc == null ? null : countryPlace(cc);
        return country == null ? null : new Pick(name, country);
    }

    /** Whether none of the words is part of a name: each is in initials, in lower case, or a common English word. */
    private static boolean notName(String[] words) {
        try {
            for (String w : words) {
                boolean initials = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
                if (!initials && !Character.isLowerCase(w.charAt(0)) && !WordNet.isCommonWord(w)) {
                    return false;
                }
            }
            return true;
        } catch (IllegalStateException e) {
            return false; // WordNet could not load: the name is kept as written
        }
    }

    /**
     * The trailing words after a landmark's name that the gazetteer lacks, when they name a place in the story's
     * countries or a notable one ("Gaddafi Stadium Lahore" is in Lahore; not "Dorari Banda", a village that is no
     * landmark of India's Banda), with the place they name; null when none.
     */
    private Pick runOnTail(String name, List<String> context) {
        String[] words = name.split(" ");
        if (words.length < 2 || gazetteer.resolve(name, context).isPresent()) {
            return null;
        }
        for (int cut = 1; cut < words.length; cut++) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, cut));
            String tail = String.join(" ", Arrays.copyOfRange(words, cut, words.length));
            if (!Character.isUpperCase(tail.charAt(0)) || !LANDMARKS.contains(words[cut - 1].toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (gazetteer.resolve(head, context).isPresent() || Countries.byNameOrDemonym(head) != null) {
                return null;
            }
            Place p = gazetteer.resolve(tail, context).orElse(null);
            if (p != null && p.precision() != GeoPrecision.COUNTRY && (context.contains(p.country()) || notable(p))) {
                return new Pick(tail, p);
            }
        }
        return null;
    }

    private Place resolve(String name, List<String> context) {
        Place p = gazetteer.resolve(name, context).orElse(null);
        if (p == null || !context.isEmpty() && !context.contains(p.country())) {
            return null;
        }
        if (context.isEmpty() && p.precision() == GeoPrecision.CITY && p.population() < SETTLED && !divisionWritten(name)) {
            // a story that names no country: not a hamlet of no recorded people somewhere in the world ("El Tunel mine"
            // was Mongolia's Bulag, one of whose other names is Tunel); a district's seat named as the district is
            // ("Alingar District", whose seat the gazetteer counts no people in)
            return null;
        }
        String country = Countries.byName(name);
        // "the border with Laos" names Laos, not Vietnam's Lao Cai, whatever the context
        return country == null || country.equals(p.country()) ? p : null;
    }

    /** Words after a name that make it a landform around the place of that name: "Sinai peninsula", "Swat Valley". */
    private static final Set<String> LANDFORMS = Set.of("peninsula", "valley", "mountains", "hills", "highlands", "plateau",
            "desert", "plains", "barrens", "heights");

    /**
     * The place a landform the gazetteer lacks is named after, at its own precision ("Sinai peninsula": the Sinai;
     * "Swat Valley": Swat), in one of the story's countries, or null; not a river, lake or sea, whose namesakes are
     * towns on their banks, nor a countryside, which lies around its town ("Damascus Countryside" is Rif Dimashq), nor
     * anywhere in a story that names no country ("Tirah Valley" is no town in Turkey).
     */
    private Place landformHead(String name, List<String> context) {
        int last = name.lastIndexOf(' ');
        if (context.isEmpty() || last <= 0 || !LANDFORMS.contains(name.substring(last + 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Place p = resolve(name.substring(0, last).strip(), context);
        return p == null || p.precision() == GeoPrecision.COUNTRY ? null : p;
    }

    /** Whether a name ends in a division word: "Alingar District", "Hajja province". */
    private static boolean divisionWritten(String name) {
        int last = name.lastIndexOf(' ');
        return last > 0 && PlaceNames.isDivisionWord(name.substring(last + 1).toLowerCase(Locale.ROOT));
    }

    /** The sub-national place in a context country the article names most often (the earliest among equals), or null. */
    private Place mostNamed(AnnotatedArticle article, List<String> context) {
        Map<String, Optional<Place>> byName = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>(); // by country, region and name
        Set<Integer> otherTime = otherTime(article);
        Place best = null;
        for (EntityMention e : article.mentions()) {
            // "Deir Ez-Zor province links the IS group stronghold of Raqqa ...", its name tagged a person's
            String division = e.type() == EntityType.LOCATION ? "" : provinceAfter(article, e);
            if (e.type() != EntityType.LOCATION && division.isEmpty() || dateline(article.text(), e)
                    || Countries.byName(e.text()) != null || actorOrName(article, e) || otherTime.contains(e.sentence())) {
                continue;
            }
            Place p = byName.computeIfAbsent(e.text() + division, n -> Optional.ofNullable(resolve(n, context))).orElse(null);
            if (p == null || p.precision() == GeoPrecision.COUNTRY) {
                continue;
            }
            int n = counts.merge(key(p), 1, Integer::sum);
            if (best == null || n > counts.get(key(best))) {
                best = p;
            }
        }
        return best;
    }

    /**
     * The sentences that date what they tell to another year or month than the story's ("the rebels had used the
     * same chemical weapons in Aleppo last year", "a sarin attack in Ghouta in August 2013"): its places are
     * another event's.
     */
    private static Set<Integer> otherTime(AnnotatedArticle article) {
        LocalDate day = article.documentDate();
        Set<Integer> out = new HashSet<>();
        for (EntityMention e : article.mentions()) {
            if (day != null && e.type() == EntityType.DATE && e.timex() != null) {
                Matcher x = YEAR_OR_MONTH.matcher(e.timex());
                if (x.matches() && (Integer.parseInt(x.group(1)) != day.getYear()
                        || x.group(2) != null && Integer.parseInt(x.group(2)) != day.getMonthValue())) {
                    out.add(e.sentence());
                }
            }
        }
        return out;
    }

    /** A time expression's value naming a year or a month only: "2016", "2013-08". */
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    private static String key(Place p) {
        return p.country() + "|" + p.admin1() + "|" + p.name();
    }

    /**
     * A named locality in the incident's sentences, written as one ("the village of Kofa", "Dalori village",
     * "the Dahyan market", "Wazir Tangi area of Khogyani district"), more specific than the place resolved:
     * one the gazetteer lacks, or one it places inside the same region; for a story's main incident placed no
     * nearer than a region, anywhere in the story when its own sentences name none ({@code figures}: the sentences
     * of its figures). Null when none.
     */
    private String locality(AnnotatedArticle article, IncidentMention m, Set<Integer> figures, boolean main, boolean storyWide,
                            List<String> context, Place best) {
        if (best.precision() == GeoPrecision.PLACE) {
            return null;
        }
        String own = locality(article, sentencesOf(article, m, main), figures, context, best);
        if (own != null || !storyWide) {
            return own;
        }
        String written = m.location() == null ? null : withoutCountry(m.location());
        if (written != null && Countries.byNameOrDemonym(written) == null && resolve(written, context) == null) {
            return null; // a name the extractor gave that the gazetteer lacks is kept as written (see locate)
        }
        // a story about one attack placed no nearer than its region may name its village only further down: "the
        // airstrikes hit the busy Dahyan market"
        Set<Integer> all = new java.util.HashSet<>();
        article.sentences().forEach(s -> all.add(s.index()));
        return locality(article, all, figures, context, best);
    }

    /**
     * The first locality the wanted sentences name (see above); in a sentence other than the incident's figures',
     * not one it puts in another region ("operations in Jobar neighborhood and in other areas in Damascus" in a
     * story placed in Hama), which tells of something else.
     */
    private String locality(AnnotatedArticle article, Set<Integer> wanted, Set<Integer> figures, List<String> context,
                            Place best) {
        for (Sentence s : article.sentences()) {
            if (!wanted.contains(s.index())) {
                continue;
            }
            String text = article.text().substring(s.start(), s.end());
            TreeMap<Integer, String> found = new TreeMap<>();
            for (Matcher x : List.of(LOCALITY_OF.matcher(text), LOCALITY_NOUN.matcher(text), LOCALITY_IN.matcher(text))) {
                while (x.find()) {
                    found.putIfAbsent(x.start(1), x.group(1));
                }
            }
            for (Map.Entry<Integer, String> f : found.entrySet()) {
                String name = trimLocality(f.getValue());
                if (name == null || indefinite(text, f.getKey()) || describesPeople(name)
                        || !figures.contains(s.index())
                        && inOtherRegion(text.substring(f.getKey() + f.getValue().length()), context, best)) {
                    continue;
                }
                Place p = resolve(name, context);
                if (p == null || p.country().equals(best.country()) && Objects.equals(p.admin1(), best.admin1())
                        && rank(p.precision()) < rank(best.precision())) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Whether the text after a locality's name first puts it in a region of the country other than {@code best}'s. */
    private boolean inOtherRegion(String after, List<String> context, Place best) {
        Matcher x = PUT_IN.matcher(after);
        if (best.admin1() == null || !x.find()) {
            return false;
        }
        Place p = resolve(x.group(1), context);
        return p != null && p.admin1() != null && p.country().equals(best.country()) && !p.admin1().equals(best.admin1());
    }

    /** How far from a place the text puts another "north of" it, when it gives no distance (km). */
    private static final double NEAR_KM = 75;
    /**
     * How far from a place the text puts another on a side of it ("Muqdadiyah, northeast of Baghdad", 86 km), when it
     * gives no distance (km): wire copy places towns so up to a few hours' drive off, and the side rules out the rest.
     */
    private static final double SIDE_NEAR_KM = 150;
    /** How far a place given as "north of" another may lie off that side (degrees): the half of a quarter on each side. */
    private static final double SIDE_DEGREES = 67.5;
    /** Within this distance (km) a place is at the other's door, whichever side the text gives. */
    private static final double SIDE_KM = 15;
    /** An Arabic article written before a place name: "al-", "ash-", "az-". */
    private static final String ARTICLE = "(?:al|el|ar|as|ad|ash|az|ez|an|at)-";
    /**
     * A place name: one to three capitalised words, possibly after an Arabic article, joined by a Persian ezafe
     * ("Dasht-e Archi", "Dasht-e-Archi"); linear on any text.
     */
    private static final String NAME = "(?<![\\p{L}'\u2019-])((?:" + ARTICLE + ")?[A-Z][\\p{L}'\u2019]++"
            + "(?:(?:-[ei](?=[ -]))?[- ](?:e-|" + ARTICLE + ")?[A-Z][\\p{L}'\u2019]++){0,2})";
    private static final Pattern LOCALITY_OF = Pattern.compile(
            "\\b(?:village|town|district|neighbou?rhood|suburb|area)\\s+of\\s+" + NAME);
    private static final Pattern LOCALITY_NOUN = Pattern.compile(
            NAME + "\\s+(?:village|district|area|market|neighbou?rhood|suburb|locality)\\b");
    /** "Darkenley District of Mogadishu": a subdivision named with the place that contains it. */
    private static final Pattern SUBDIVISION_OF = Pattern.compile("\\S.*?\\s(?i:district|neighbou?rhood|area|suburb|quarter"
            + "|locality|tehsil|sub-?district)\\s+of\\s+(?:the\\s+)?(?:(?i:city)\\s+of\\s+)?" + NAME);
    /** A name after a preposition of place or a verb of striking: "in al-Hassakeh", "hit Homs", "in northern Syria's Afrin". */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:in|at|near|outside|along|hit|struck|shelled|bombed"
            + "|pounded|stormed|raided)\\s+(?:the\\s+)?(?:(?:north|south|east|west)(?:ern)?\\s+)?" + NAME);
    /** "the eastern Syrian province of Deir al-Zor", "the town of al-Bukamal": a name given as a place's. */
    private static final Pattern PLACE_OF = Pattern.compile(
            "\\b(?:province|governorate|city|town|village|district|region|county)\\s+of\\s+" + NAME);
    /** "at mountainous Wazir Tangi in eastern Nangarhar province": a place named as inside a region. */
    private static final Pattern LOCALITY_IN = Pattern.compile("\\b(?:in|at|near)\\s+(?:[a-z]+\\s+)?" + NAME
            + ",?\\s+in\\s+(?:the\\s+)?(?:[a-z]+\\s+)?[A-Z][\\p{L}'\u2019-]+(?:\\s[A-Z][\\p{L}'\u2019-]+)?\\s+"
            + "(?:province|governorate|district|state|region)\\b");
    /** The first place a clause puts what it names in: "... and in other areas in Damascus". */
    private static final Pattern PUT_IN = Pattern.compile("^[^.;:]*?\\bin\\s+(?:the\\s+)?(?:(?i:north|south|east|west)(?:ern)?\\s+)?"
            + "(?:(?i:city|province|governorate)\\s+of\\s+)?" + NAME);
    /** "the Shiite district", "Sunni areas", "the Shi'ite Muslim neighbourhood": who lives there, not its name. */
    private static boolean describesPeople(String name) {
        try {
            for (String word : name.split("\\s+")) {
                if (!WordNet.describesPeople(word)) {
                    return false; // "Sheikh Maqsoud", "Tall Tawil": a name that opens with an English word
                }
            }
            return true;
        } catch (IllegalStateException e) {
            return false; // WordNet could not load: the name is kept rather than the article failed
        }
    }

    /** How many sentences apart two names may be written and still describe one place. */
    private static final int NEAR_SENTENCES = 2;

    /**
     * Whether the story writes the two names within {@value #NEAR_SENTENCES} sentences of each other: "the city
     * of al-Raqqa ... the public market near the Museum Square".
     */
    private static boolean together(AnnotatedArticle article, String a, String b) {
        List<Integer> withA = new ArrayList<>();
        List<Integer> withB = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            String text = article.text().substring(s.start(), s.end());
            if (text.contains(a)) {
                withA.add(s.index());
            }
            if (text.contains(b)) {
                withB.add(s.index());
            }
        }
        for (int x : withA) {
            for (int y : withB) {
                if (Math.abs(x - y) <= NEAR_SENTENCES) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How often the text writes {@code name}. */
    private static int occurrences(String text, String name) {
        int n = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            n++;
        }
        return n;
    }

    /** A name as written in a sentence, and the country that owns it in the possessive ("Syria's Afrin"), or null. */
    private record Named(String name, int sentence, String owner) {
    }

    /**
     * Names written as places after "in", "at" or "near" or as what an attack hit, or as a province's or town's name,
     * in the given sentences that the tagger did not read as places, in text order: "in al-Hassakeh", "near Tell
     * Abyad", "Twin bombs hit Homs", "the province of Deir al-Zor".
     */
    private static List<Named> untagged(AnnotatedArticle article, Set<Integer> wanted) {
        List<Named> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (!wanted.contains(s.index())) {
                continue;
            }
            String text = article.text().substring(s.start(), s.end());
            TreeMap<Integer, String> found = new TreeMap<>();
            for (Matcher x : List.of(AFTER_PREPOSITION.matcher(text), PLACE_OF.matcher(text))) {
                while (x.find()) {
                    found.putIfAbsent(x.start(1), x.group(1));
                }
            }
            for (Map.Entry<Integer, String> f : found.entrySet()) {
                int start = s.start() + f.getKey();
                String written = f.getValue();
                String bare = withoutCountry(written);
                String owner = !bare.equals(written) && written.endsWith(bare)
                        && !PlaceNames.isDivisionWord(nextWord(text, f.getKey() + written.length()))
                        ? ownerCountry(written.substring(0, written.length() - bare.length()).strip()) : null;
                if (owner != null) {
                    // "in northern Syria's Afrin": the tagger found the country, not the town it owns
                    start += written.length() - bare.length();
                    written = bare;
                }
                String name = trimLocality(written);
                if (name != null && !tagged(article, start, start + written.length()) && !describesPeople(name)) {
                    out.add(new Named(name, s.index(), owner));
                }
            }
        }
        return out;
    }

    /**
     * The country that a name's owner names: "Syria's", "Syrias" (as {@link Countries#byName} reads a possessive that
     * lost its apostrophe), "U.S."; or null.
     */
    private static String ownerCountry(String owner) {
        return Countries.byName(owner.replaceFirst("['\u2019]s$", ""));
    }

    /** The lower-case word that starts after {@code at} (past spaces), or "". */
    private static String nextWord(String text, int at) {
        int from = at;
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a place or a time or number the tagger found overlaps [start, end); a name it took for a person
     * or group ("in Homs", "in the Deir Ezzor air base") may still be a place.
     */
    private static boolean tagged(AnnotatedArticle article, int start, int end) {
        for (EntityMention e : article.mentions()) {
            boolean name = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.MISC
                    || e.type() == EntityType.OTHER;
            if (!name && e.start() < end && start < e.end()) {
                return true;
            }
        }
        return false;
    }

    /** "in a Shiite neighbourhood", "an Alawite district": a kind of place, not a named one. */
    private static final Pattern INDEFINITE = Pattern.compile("\\b(?:a|an|another|one)\\s+$", Pattern.CASE_INSENSITIVE);

    /** Whether an indefinite article stands just before {@code at} (only the few characters before it are read). */
    private static boolean indefinite(String text, int at) {
        Matcher x = INDEFINITE.matcher(text).region(Math.max(0, at - 16), at);
        x.useTransparentBounds(true);
        return x.find();
    }
    private static final Set<String> NOT_LOCALITY = Set.of("the", "a", "an", "this", "that", "its", "their", "his", "her",
            "local", "government", "capital", "northern", "southern", "eastern", "western", "central", "rural", "old", "new");

    /** The name without leading words that are not part of it ("The Dahyan" market), or null when nothing is left. */
    private static String trimLocality(String written) {
        String name = PlaceNames.beforeEventWords(written);
        if (name == null) {
            return null;
        }
        while (true) {
            int cut = name.indexOf(' ');
            if (cut < 0 || !NOT_LOCALITY.contains(name.substring(0, cut).toLowerCase(Locale.ROOT))) {
                break;
            }
            name = name.substring(cut + 1);
        }
        name = name.replaceAll("['\u2019]s$", "");
        boolean stop = NOT_LOCALITY.contains(name.toLowerCase(Locale.ROOT));
        return stop || name.length() < 3 || Countries.byNameOrDemonym(name) != null ? null : name;
    }

    /** A division word and "of" before a name: "province of ", "state of the ". */
    private static final Pattern DIVISION_OF = Pattern.compile("^(?i:province|governorate|state|region)\\s+of\\s+(?:the\\s+)?");

    /**
     * The place as the article writes it ("Hasakeh", "Deir Ezzor"; "Diyala" for "Diyala province" and "the province of
     * Diyala"), the gazetteer's name when the article wrote a country, a name in capitals, or a longer phrase around it.
     */
    private static String asWritten(String written, Place place) {
        if (written != null) {
            written = DIVISION_OF.matcher(written).replaceFirst(""); // "province of Daraa" is written Daraa
        }
        if (written == null || place.precision() == GeoPrecision.COUNTRY || written.equals(written.toUpperCase(Locale.ROOT))
                || written.split("\\s+").length > 3) {
            return place.name();
        }
        int last = written.lastIndexOf(' ');
        // "Hajja province" is written Hajja; "Borno State", a name with its capital, stays as it is
        return last > 0 && PlaceNames.isDivisionWord(written.substring(last + 1)) ? written.substring(0, last) : written;
    }

    private static boolean dateline(String text, EntityMention e) {
        return FiledFrom.isDateline(text, e.start(), e.end());
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
            names.add(withoutCountry(m.location()));
        }
        names.addAll(namesIn(article, sentencesOf(article, m, main)));
        return names;
    }

    /** The sentence after the first of an incident's own sentences ({@code own}: those of its figures), or none. */
    private static Set<Integer> nextAfterFirstFigure(AnnotatedArticle article, Set<Integer> own) {
        int first = own.stream().min(Integer::compare).orElse(-1);
        return first >= 0 && first + 1 < article.sentences().size() ? Set.of(first + 1) : Set.of();
    }

    /** The places the sentences name where something happened, not who acted or spoke, nor a dateline. */
    private static Set<String> namesIn(AnnotatedArticle article, Set<Integer> sentences) {
        Set<String> names = new LinkedHashSet<>();
        for (EntityMention e : article.mentions()) {
            String name = PlaceNames.beforeEventWords(e.text());
            if (e.type() == EntityType.LOCATION && name != null && sentences.contains(e.sentence())
                    && !dateline(article.text(), e) && !actorOrName(article, e) && !countryElsewhere(article, e)) {
                names.add(withoutCountry(name) + (name.equals(e.text()) ? divisionAfter(article, e) : ""));
            }
        }
        return names;
    }

    /** A country named as somewhere other than the scene: "forcing residents to flee to neighbouring Niger". */
    private static boolean countryElsewhere(AnnotatedArticle article, EntityMention e) {
        return Countries.byName(e.text()) != null && ActorPlaces.elsewhere(article.sentences().get(e.sentence()).tokens(), e);
    }

    /**
     * The one first-level division of a country that the story's places lie in, when they all lie in one: the
     * divisions it names with their division word ("Borno state") and the divisions of the places the tagger found
     * ("Maiduguri"); null when they lie in several or in none.
     */
    private Place onlyRegion(AnnotatedArticle article, List<RegionPhrases.Found> regions, String country) {
        Set<String> admin1 = new HashSet<>();
        for (RegionPhrases.Found f : regions) {
            if (f.place().country().equals(country)) {
                admin1.add(f.place().admin1());
            }
        }
        for (EntityMention e : article.mentions()) {
            if (e.type() == EntityType.LOCATION && !dateline(article.text(), e) && !actorOrName(article, e)) {
                Place p = resolve(withoutCountry(e.text()), List.of(country));
                if (p != null && p.precision() != GeoPrecision.COUNTRY && p.admin1() != null) {
                    admin1.add(p.admin1());
                }
            }
        }
        if (admin1.size() != 1) {
            return null;
        }
        Place region = resolve(admin1.iterator().next(), List.of(country));
        return region != null && region.precision() == GeoPrecision.REGION ? region : null;
    }

    /** What may stand between a place and the division it lies in: "village in Ga'anda District in Gombi LGA of". */
    private static final Pattern WITHIN = Pattern.compile("[^.;]{0,100}?\\b(?:in|of)\\b[^.;]{0,100}");
    /** Words that join another place rather than a container: "Baghdad and Diyala province". */
    private static final Pattern OTHER_PLACE = Pattern.compile("\\b(?:and|or|while|whereas|but)\\b");

    /**
     * The first-level division of the place's country that the text names with its division word right after a
     * place of that name, as what contains it ("Galga village in Gombi Local Government Area of Adamawa State",
     * "Tuxpan, Guerrero state"), or null; not for a city of {@value GeoNamesGazetteer#NOTABLE} people.
     */
    private static Place regionAfter(AnnotatedArticle article, List<RegionPhrases.Found> regions, String name, Place place) {
        if (name == null || place.population() >= GeoNamesGazetteer.NOTABLE) {
            return null;
        }
        String text = article.text();
        for (RegionPhrases.Found f : regions) {
            if (!f.place().country().equals(place.country())) {
                continue;
            }
            int at = text.lastIndexOf(name, f.start() - name.length());
            if (at >= 0 && f.start() - at - name.length() <= 120) {
                String between = text.substring(at + name.length(), f.start());
                if ((between.isBlank() || between.strip().equals(",") || WITHIN.matcher(between).matches())
                        && !OTHER_PLACE.matcher(between).find()) {
                    return f.place();
                }
            }
        }
        return null;
    }

    /** An incident nothing placed: its name as written, and no precision without coordinates. */
    private static IncidentMention unplaced(IncidentMention m) {
        return m.lat() != null || m.geoPrecision() == null ? m
                : new IncidentMention(m.incidentId(), m.eventType(), m.dateStart(), m.dateEnd(), m.location(), m.admin1(),
                m.country(), null, null, null, m.perpetrators(), m.disputedPerpetrator(), m.claims());
    }

    /**
     * A word between a country and the kind of place it has, which says what kind ("border", "western", "besieged"),
     * not what happened there: no preposition nor article ("pro-Russia rebels in the town of").
     */
    private static final String NOT_JOINING = "(?!(?:in|on|at|by|from|to|of|with|near|into|over|against|across|the|a|an|and)\\s)";
    /** Words that give a place as a kind of place: "the Lebanese border town of", "Iraq's western province of". */
    private static final String KIND_OF_PLACE = "(?:town|city|village|capital|port|district|province|region|camp|suburb"
            + "|neighbou?rhood)\\s+of\\s+(?:the\\s+)?";

    /**
     * The country the text names, by its name or demonym, in front of a place given as a kind of place ("the central
     * Mali city of Konna", "the Lebanese border town of Arsal"), or null.
     */
    private static String countryBefore(String text, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Matcher x = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+)(?:['\u2019]s)?\\s+(?:" + NOT_JOINING + "[a-z-]+\\s+){0,2}"
                + KIND_OF_PLACE
                + Pattern.quote(name) + "(?![\\p{L}])").matcher(text);
        while (x.find()) {
            String cc = Countries.byNameOrDemonym(x.group(1));
            if (cc != null) {
                return cc;
            }
        }
        return null;
    }

    /**
     * Whether a name is another country's than the one the extractor gave the incident: where fire came from or
     * people fled to ("Rocket fire from Syria on the Lebanese border town of Arsal"), not where it happened.
     */
    private static boolean otherCountry(String name, String country) {
        String cc = country == null ? null : Countries.byName(name);
        return cc != null && !cc.equals(country);
    }

    /** The incident placed at its country, no nearer. */
    private IncidentMention inCountry(IncidentMention m) {
        Place country = countryPlace(m.country());
        if (country == null) {
            return m;
        }
        return new IncidentMention(m.incidentId(), m.eventType(), m.dateStart(), m.dateEnd(), Countries.name(m.country()),
                null, m.country(), country.lat(), country.lon(), GeoPrecision.COUNTRY, m.perpetrators(),
                m.disputedPerpetrator(), m.claims());
    }

    /** A country as a place (its capital's coordinates, country precision), or null when the code names none. */
    private Place countryPlace(String country) {
        String name = Countries.name(country);
        return name == null ? null : resolve(name, List.of(country));
    }

    /** The sentence holding a character offset of the text, or null. */
    private static Sentence sentenceAt(AnnotatedArticle article, int offset) {
        for (Sentence s : article.sentences()) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** " province" when the word after the mention is a division word the tagger left out ("Hajja province"), else "". */
    private static String divisionAfter(AnnotatedArticle article, EntityMention e) {
        List<Token> tokens = article.sentences().get(e.sentence()).tokens();
        if (e.lastToken() >= tokens.size()) {
            return "";
        }
        String next = tokens.get(e.lastToken()).text().toLowerCase(Locale.ROOT);
        return PlaceNames.isDivisionWord(next) ? " " + next : "";
    }

    /**
     * " province" or " governorate" after a name the tagger did not take for a place (a person's, a group's), else "":
     * the word makes it a place.
     */
    private static String provinceAfter(AnnotatedArticle article, EntityMention e) {
        if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION && e.type() != EntityType.MISC) {
            return "";
        }
        String division = divisionAfter(article, e);
        return division.equals(" province") || division.equals(" governorate") ? division : "";
    }


    /** A place named as who acted or spoke, not where ({@link ActorPlaces}); a country before a noun too ("U.S. airstrikes"). */
    private static boolean actorOrName(AnnotatedArticle article, EntityMention e) {
        List<Token> tokens = article.sentences().get(e.sentence()).tokens();
        if (ActorPlaces.compound(article.text(), e.end()) || ActorPlaces.speaking(tokens, e) || ActorPlaces.notWhere(tokens, e)
                || ActorPlaces.heldTo(tokens, e) || ActorPlaces.speakerSeat(tokens, e) && otherPlace(article, e)) {
            return true;
        }
        return Countries.byName(e.text()) != null && ActorPlaces.beforeNoun(tokens, e);
    }

    /** True when the mention's sentence names another place than it, not a country: "... which occurred in Nangarhar". */
    private static boolean otherPlace(AnnotatedArticle article, EntityMention e) {
        for (EntityMention o : article.mentions()) {
            if (o.sentence() == e.sentence() && o.type() == EntityType.LOCATION && o.start() != e.start()
                    && Countries.byName(o.text()) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Syria's Aleppo", "Syrias Aleppo" and "U.S. Mosul" (a country before a place, as a tagger may join them) are Aleppo
     * and Mosul.
     */
    static String withoutCountry(String name) {
        Matcher x = POSSESSIVE.matcher(name);
        if (x.matches() && Countries.byName(x.group(1)) != null) {
            return x.group(2);
        }
        if (Countries.byName(name) == null) {
            for (int sp = name.indexOf(' '); sp > 0; sp = name.indexOf(' ', sp + 1)) {
                String rest = name.substring(sp + 1).strip();
                String next = rest.split(" ", 2)[0].toLowerCase(Locale.ROOT);
                if (Countries.byName(name.substring(0, sp)) != null && !GEO_WORDS.contains(rest.toLowerCase(Locale.ROOT))
                        && !GEO_WORDS.contains(next)) {
                    return rest; // not "Mexico City", "Niger Delta", "Jordan Valley", "Palestine Street", "Niger State Polytechnic"
                }
            }
            int last = name.lastIndexOf(' ');
            if (last > 0 && Countries.byName(name.substring(last + 1)) != null) {
                String head = name.substring(0, last).strip(); // "Tabqa Syria", not "northern Syria"
                if (!GEO_WORDS.contains(head.toLowerCase(Locale.ROOT)) && !PlaceNames.isDirection(head.toLowerCase(Locale.ROOT))) {
                    return head;
                }
            }
        }
        return name;
    }

    /** A street or a building, which may be named after a country ("Palestine Street") or end a landmark's name. */
    private static final Set<String> BUILDINGS = Set.of("street", "road", "avenue", "square", "bridge", "hotel", "market",
            "airport", "stadium", "station", "park", "embassy", "hospital", "school", "university", "mosque", "church");
    private static final Set<String> GEO_WORDS = union(BUILDINGS, Set.of("city", "valley", "delta", "basin", "canal",
            "strait", "sea", "gulf", "river", "coast", "mountains", "desert", "plateau", "highlands", "lake", "island",
            "islands", "peninsula", "border", "region", "province", "state", "capital", "republic", "mount", "upper",
            "lower"));
    /** Words that end a landmark's name: "Gaddafi Stadium", "Liberation Square", "Jalalabad Airport". */
    private static final Set<String> LANDMARKS = union(BUILDINGS, Set.of("bazaar", "clinic", "shrine", "camp", "prison",
            "base", "checkpoint"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** A name and what it owns: "Syria's Aleppo", "Mogadishu's Shibis". */
    private static final Pattern POSSESSIVE = Pattern.compile("(.+?)['\u2019]s\\s+(.+)");
    /** Words before an owner that are not its name: "In Borno's Gulumba", "the Syria's". */
    private static final String OWNER_LEAD = "^(?i:in|at|near|the)\\s+";
    /** The same without its apostrophe, as some feeds write it: "Syrias Aleppo", "Aleppos Old City". */
    private static final Pattern BARE_POSSESSIVE = Pattern.compile("(\\p{Lu}[\\p{L}-]*\\p{Ll})s\\s+(\\p{Lu}.*)");

    /** Population from which a place named in passing (as a modifier, in a name) is taken for the scene. */
    private static final int LARGE = 100_000;
    /** How many capitalised words a name named in passing may have. */
    private static final int PASSING_WORDS = 3;

    /**
     * The first city of {@value #LARGE} people, or region written with its division word, that the sentences name in
     * passing: the leading words of a run of proper nouns that is no person's name and does not open its sentence,
     * spelled as the place's own name ("a Mogadishu hospital director", "the Niger State Polytechnic", "the Bangkok
     * Metropolitan Administration"; not "Dorari Banda", a village, nor "People's Aman Committee"); null when none.
     */
    private Pick largePlaceInPassing(AnnotatedArticle article, Set<Integer> sentences) {
        for (Sentence s : article.sentences()) {
            if (!sentences.contains(s.index())) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                if (!properNouns(tokens, i, i + 1) || properNouns(tokens, i - 1, i) || hyphen(tokens, i - 1)) {
                    continue; // a run of proper nouns is read from its first word
                }
                for (int n = Math.min(PASSING_WORDS, tokens.size() - i); n >= 1; n--) {
                    if (!properNouns(tokens, i, i + n) || hyphen(tokens, i + n)) {
                        continue; // nor one of a compound: "the Hangu-Orakzai road"
                    }
                    String name = article.text().substring(tokens.get(i).start(), tokens.get(i + n - 1).end());
                    Place p = gazetteer.resolveAsSpelled(name, List.of()).orElse(null);
                    boolean region = p != null && p.precision() == GeoPrecision.REGION && n > 1
                            && PlaceNames.isRegionWord(tokens.get(i + n - 1).text().toLowerCase(Locale.ROOT)); // "Niger State"
                    boolean city = p != null && p.precision() == GeoPrecision.CITY && p.population() >= LARGE
                            && p.name().equalsIgnoreCase(name);
                    if (region || city) {
                        return new Pick(name, p);
                    }
                }
            }
        }
        return null;
    }

    private static boolean hyphen(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).text().equals("-");
    }

    /** Whether tokens [from, to) are capitalised proper nouns, none of a person's name. */
    private static boolean properNouns(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.pos() == null || !t.pos().startsWith("NNP") || t.ner() == EntityType.PERSON
                    || !Character.isUpperCase(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The sentences of the incident's claims, and for the article's main incident its lead. */
    private static Set<Integer> sentencesOf(AnnotatedArticle article, IncidentMention m, boolean main) {
        Set<Integer> sentences = new LinkedHashSet<>();
        for (Claim c : m.claims()) {
            for (Sentence s : article.sentences()) {
                if (s.start() <= c.start() && c.end() <= s.end() + 1 || s.start() >= c.start() && s.end() <= c.end()) {
                    sentences.add(s.index());
                }
            }
        }
        if (main) {
            sentences.addAll(article.lead(LEAD_SENTENCES));
        }
        return sentences;
    }
}
