package org.conflictledger.extract;

import org.conflictledger.model.ActorPlaces;
import org.conflictledger.model.Countries;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.FiledFrom;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.PhotoCaptions;
import org.conflictledger.model.PlaceNames;
import org.conflictledger.model.Sentence;
import org.conflictledger.model.WarTolls;
import org.conflictledger.model.WordNet;

/**
 * Finds casualty claims sentence by sentence, names their sources, and groups them into incidents by the
 * date and place their sentences give; each incident then takes its type, date, place and perpetrators
 * from its own sentences, and the article's lead where its sentences are silent.
 */
final class PatternIncidentExtractor implements IncidentExtractor {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:(?:on|last|this|late|early)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:night|morning|evening|afternoon))?");
    private static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(?:denied|denies|did not carry out|didn't carry out|rejected (?:the )?(?:claims?|allegations?|accusations?)|blamed|accused)\\b");
    private static final int LEAD_SENTENCES = 3;
    private static final Set<String> FACILITY = Set.of("hospital", "market", "mosque", "school", "camp", "hotel",
            "checkpoint", "prison", "university", "church", "square", "street", "road", "bridge", "airport", "base",
            "stadium", "bazaar", "clinic", "hall");

    /** A claim with its source, before it joins an incident. */
    private record Found(RawClaim raw, String source) {
    }

    /** Kinds of place a demonym may qualify: "Chadian villages", "a Syrian border town". */
    private static final Set<String> PLACE_NOUNS = Set.of("village", "villages", "town", "towns", "city", "cities",
            "province", "provinces", "region", "district", "capital", "border", "territory", "soil", "side");

    /** How many sentences after its own a secondary incident's attribution may come. */
    private static final int FOLLOWING = 2;

    /** When and where a sentence puts what it reports. */
    private record Context(LocalDate date, boolean reportDate, boolean background, boolean span, boolean vague, String place,
                           String country, LocalDate eventDay, boolean datelineOnly, String townBefore, boolean another,
                           String region, boolean alsoStruck, MonthDay undatedDay, boolean relativeDay, boolean elsewhere,
                           boolean seat, boolean violent, LocalDate since, LocalDate week) {
    }

    /** Claims being gathered into one incident. */
    private static final class Draft {
        final List<Found> claims = new ArrayList<>();
        final Set<Integer> sentences = new LinkedHashSet<>();
        LocalDate date;
        boolean dateFromReport;
        /** The date is the dateline's, which no word of the text repeats. */
        boolean datelineOnly;
        /** Its sentences put the event in a recent week or month ("last week's bombing") and name no day. */
        boolean vague;
        String place;
        /** The region its place's sentence put the place in ("Hass in Idlib Province"), or null. */
        String region;
        String country;
        boolean background;
        /** Its first figure totals many days ("in the past week"). */
        boolean span;
        /**
         * The lead's place, for the main incident whose own sentences name none: later figures at another place are
         * not its own ("... a Saudi-led airstrike in Sanaa ... In April, a similar attack struck Mastaba").
         */
        String leadPlace;
        /** Its figures' own clause, when a sentence gives figures of two kinds of attack. */
        Clause clause;
        /** The kind of attack its first sentence naming one names, or null. */
        EventType kind;
        /** Days before the story's attack its figures are told of ("a day after 16 civilians were killed"); 0 when not said; -1 when not before. */
        int daysBefore = -1;
        /** The day of the year its sentences name, in an article of no known date ("on 6 December"), or null. */
        MonthDay undatedDay;
        /** The story's first incident. */
        boolean main;
        /** The last day its figures total, when its day opens a span to the report ("since June 6"), or null. */
        LocalDate until;
        /** Its place is only where a source spoke from ("Officials in Sanaa told Reuters that at least 40 ..."). */
        boolean seat;
    }

    /** How many sentences a story needs before the violence it never names counts against it. */
    private static final int STORY_SENTENCES = 3;

    @Override
    public Extraction nameActors(Extraction placed) {
        List<IncidentMention> out = new ArrayList<>();
        for (IncidentMention m : placed.incidents()) {
            out.add(m.withPerpetrators(Actors.forCountry(m.perpetrators(), m.country()), m.disputedPerpetrator()));
        }
        return new Extraction(placed.id(), out);
    }

    /** Whether the story's lead names a disaster, or migrants' journeys, and no sentence of it names armed violence. */
    private static boolean disasterStory(List<SentenceView> views, List<Integer> lead) {
        boolean disaster = false;
        for (int s : lead) {
            SentenceView v = views.get(s);
            if (ClaimFinder.namesArmedViolence(v)) {
                return false;
            }
            disaster |= ClaimFinder.nonViolentCause(v) || v.hasAny(Lexicon.MIGRATION_WORDS);
        }
        return disaster;
    }

    @Override
    public Extraction extract(AnnotatedArticle article) {
        List<SentenceView> views = views(article);
        SourceFinder sources = new SourceFinder(views);
        Map<String, Integer> countryVotes = new java.util.LinkedHashMap<>(); // the first named wins a tie
        List<Context> contexts = new ArrayList<>();
        for (SentenceView v : views) {
            Context c = context(v, article.text(), article.documentDate(), countryVotes);
            if (c.place() == null && TOWN_ANAPHOR.matcher(article.text()).region(v.sentence.start(), v.sentence.end()).find()) {
                // "Clashes have rocked the city, leaving 23 civilians dead": the town the sentences before named
                String town = previousTown(views, contexts.size(), article.text());
                if (town != null) {
                    c = new Context(c.date(), c.reportDate(), c.background(), c.span(), c.vague(), null, c.country(), c.eventDay(),
                            c.datelineOnly(), town, c.another(), c.region(), c.alsoStruck(), c.undatedDay(), c.relativeDay(),
                            c.elsewhere(), false, c.violent(), c.since(), c.week());
                }
            }
            contexts.add(c);
        }
        List<Found> found = new ArrayList<>();
        int titleEnd = titleEnd(article);
        List<RawClaim> headline = new ArrayList<>();
        Map<Integer, List<RawClaim>> claims = new HashMap<>();
        List<RawClaim> body = new ArrayList<>();
        Set<Integer> captions = PhotoCaptions.of(article);
        for (SentenceView v : views) {
            List<RawClaim> own = ClaimFinder.find(v);
            claims.put(v.sentence.index(), own);
            if (v.sentence.end() > titleEnd && !captions.contains(v.sentence.index())) {
                body.addAll(own);
            }
        }
        for (SentenceView v : views) {
            for (RawClaim raw : claims.get(v.sentence.index())) {
                if (v.sentence.end() <= titleEnd) {
                    headline.add(raw);
                } else {
                    String source = sources.sourceOf(v, raw.first());
                    if (captions.contains(v.sentence.index()) && source.equals(SourceFinder.REPORTER)
                            && body.stream().anyMatch(b -> sameFigure(b, raw))) {
                        // a photo's caption repeats the story ("... following the massacre of 130 people in Paris
                        // REUTERS"); a figure someone gave is the story's own sentence glued to a caption
                        continue;
                    }
                    Found previous = found.isEmpty() ? null : found.get(found.size() - 1);
                    if (source.equals(SourceFinder.REPORTER) && raw.part() && previous != null
                            && previous.raw().view().sentence.index() == v.sentence.index() - 1) {
                        // "Among the dead were 22 children." details the figure the sentence before attributed
                        source = previous.source();
                    }
                    found.add(new Found(raw, source));
                }
            }
        }
        // a headline is evidence only for a figure the body lacks
        for (int h = headline.size() - 1; h >= 0; h--) {
            RawClaim raw = headline.get(h);
            boolean inBody = found.stream().anyMatch(f -> sameFigure(f.raw(), raw));
            if (!inBody) {
                found.add(0, new Found(raw, SourceFinder.REPORTER));
            }
        }
        if (disasterStory(views, article.lead(LEAD_SENTENCES))) {
            // "At least 72 workers have been killed after a fire hit a footwear factory ... Police said that dozens of
            // bodies had been recovered": in a story of a disaster, a figure no word of armed violence stands by is its
            found.removeIf(f -> !ClaimFinder.namesArmedViolence(f.raw().view()));
        }
        if (views.size() >= STORY_SENTENCES && views.stream().noneMatch(ClaimFinder::namesKilling)) {
            // "the problem airbags had been responsible for at least five deaths", "15 workers are missing and feared
            // dead after water poured into the shafts": a story that names no armed violence and no killing tells of
            // deaths, not of a violent incident. A snippet of a sentence or two may leave its violence to its reader.
            found.clear();
        }
        Set<Integer> figureSentences = new java.util.HashSet<>();
        found.forEach(f -> figureSentences.add(f.raw().view().sentence.index()));
        List<EventType> kinds = new ArrayList<>(); // read for the sentences of figures only
        for (SentenceView v : views) {
            kinds.add(figureSentences.contains(v.sentence.index()) ? EventTypes.of(v.sentence.text(article.text())) : null);
        }
        List<Draft> drafts = group(found, figureSentences, contexts, kinds, article.lead(LEAD_SENTENCES), article.documentDate());
        String articleCountry = countryVotes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        List<IncidentMention> incidents = new ArrayList<>();
        Set<Integer> figured = new java.util.HashSet<>();
        drafts.forEach(d -> figured.addAll(d.sentences));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            IncidentMention m = incident(article, views, contexts, d, i, articleCountry, figured);
            if (i > 0 && !d.background) {
                m = atStoryPlace(asFollowUp(alsoStruck(m, incidents.get(0)), incidents.get(0)), incidents.get(0));
            } else if (i > 0 && d.span) {
                if (placeless(d, views, contexts, article.text())) {
                    m = inStoryPlace(m, incidents.get(0));
                }
                m = sameCampaign(m, incidents.get(0));
            } else if (i > 0) {
                m = byTheSameAttacks(m, incidents.get(0));
            }
            if (i > 0 && d.daysBefore >= 0) {
                m = daysBeforeMain(m, incidents.get(0), d.daysBefore);
            } else if (i > 0) {
                m = dayBefore(m, incidents.get(0), article.documentDate());
            }
            incidents.add(aFight(m));
        }
        return new Extraction(article.article().id(), incidents);
    }

    /**
     * A later figure outside the background as a follow-up of the story's main attack: one of the same kind, or
     * of no kind its sentences name, takes the story's named attackers when it names none; one of no kind and no
     * day ("two residents of Bulabrin said nine people had died there") also takes the attack's kind and day.
     */
    private static IncidentMention asFollowUp(IncidentMention m, IncidentMention main) {
        boolean kindless = m.eventType() == EventType.OTHER;
        if (!kindless && m.eventType() != main.eventType()) {
            return m;
        }
        // not when its dead are the story's attackers: "government forces killed nine IS fighters" after an IS attack
        boolean attackers = m.perpetrators().isEmpty() && !main.perpetrators().isEmpty() && m.claims().stream()
                .map(c -> Actors.targetedIn(c.evidence())).noneMatch(targets -> main.perpetrators().stream().anyMatch(targets::contains));
        boolean day = kindless && m.dateStart() == null && main.dateStart() != null;
        if (!attackers && !day) {
            return m;
        }
        IncidentMention out = day ? m.withKindAndDays(main.eventType(), main.dateStart(), main.dateEnd()) : m;
        return attackers ? out.withPerpetrators(main.perpetrators(), main.disputedPerpetrator()) : out;
    }

    /**
     * "Warplanes also killed 16 civilians yesterday", in a story of strikes on al-Raqqa: the attackers' further killing,
     * with no place of its own, where the story's attack was.
     */
    private static IncidentMention atStoryPlace(IncidentMention m, IncidentMention main) {
        boolean also = m.claims().stream().anyMatch(c -> ALSO_STRUCK.matcher(c.evidence()).find());
        if (!also || m.location() != null || main.location() == null
                || m.country() != null && main.country() != null && !m.country().equals(main.country())) {
            return m;
        }
        return m.withLocation(main.location(), main.country());
    }

    /**
     * "airstrikes on the city between March 17 and 23 ... as many as 200 civilians had been killed", in a story of a
     * coalition strike: a total over days of attacks of the main attack's kind, at its place, that names no attacker,
     * is the same attackers' campaign.
     */
    private static IncidentMention sameCampaign(IncidentMention m, IncidentMention main) {
        boolean same = m.eventType() != EventType.OTHER && java.util.Objects.equals(m.location(), main.location());
        return same ? withAttackersOf(m, main) : m;
    }

    /** The incident with the main one's attackers, when it names none and is of the main one's kind. */
    private static IncidentMention withAttackersOf(IncidentMention m, IncidentMention main) {
        if (!m.perpetrators().isEmpty() || main.perpetrators().isEmpty() || m.eventType() != main.eventType()) {
            return m;
        }
        return m.withPerpetrators(main.perpetrators(), main.disputedPerpetrator());
    }

    /**
     * Whether a body's figure states a headline's or a caption's: the same value and category, of its group or of all
     * ("car bomb kills 30 civilians" over a body's "About 30 people were killed" says who they were).
     */
    private static boolean sameFigure(RawClaim body, RawClaim other) {
        return Objects.equals(body.value(), other.value()) && body.category() == other.category()
                && (body.group() == other.group() || other.group() == Group.ALL);
    }

    /** "The day prior, ...", "the previous day": the day before the story's attack. */
    private static final Pattern DAY_BEFORE = Pattern.compile(
            "(?i)\\b(?:the\\s+(?:day|night)\\s+(?:prior|before)|the\\s+previous\\s+(?:day|night)|a\\s+day\\s+(?:earlier|before))\\b");

    /**
     * "At least 18 soldiers were killed in clashes Sunday ... The day prior, government forces killed nine fighters": a
     * figure told as of the day before the story's attack, with no day of its own but the report's, is of that day.
     */
    private static IncidentMention dayBefore(IncidentMention m, IncidentMention main, LocalDate docDate) {
        if (main.dateStart() == null || m.dateStart() != null && !m.dateStart().equals(docDate)
                || m.claims().stream().noneMatch(c -> DAY_BEFORE.matcher(c.evidence()).find())) {
            return m;
        }
        LocalDate day = main.dateStart().minusDays(1);
        return m.withKindAndDays(m.eventType(), day, day);
    }

    /**
     * The incident dated {@code days} before the main one's day (undated when that is unknown or not said), of the
     * main one's kind when its words name none: "The raids came a day after 16 civilians were killed in strikes".
     */
    private static IncidentMention daysBeforeMain(IncidentMention m, IncidentMention main, int days) {
        LocalDate day = days > 0 && main.dateStart() != null ? main.dateStart().minusDays(days) : null;
        return onDays(m, main, day, day);
    }

    /** The incident on these days, of the main one's kind when its words name none. */
    private static IncidentMention onDays(IncidentMention m, IncidentMention main, LocalDate start, LocalDate end) {
        return m.withKindAndDays(m.eventType() == EventType.OTHER ? main.eventType() : m.eventType(), start, end);
    }

    /** How many tokens before a figure the "after" of an earlier attack may stand. */
    private static final int AFTER_REACH = 15;
    /** Words that may stand between a clause's opening and its figure: "after at least 16 civilians". */
    private static final Set<String> FIGURE_MODIFIERS = Set.of("at", "least", "more", "than", "nearly", "about", "some",
            "over", "up", "to", "around", "almost", "as", "many", "no", "fewer", "less", "the");

    /** Whether only a figure's modifiers stand from token {@code from} to the figure at {@code figure}. */
    private static boolean opensClause(SentenceView v, int from, int figure) {
        for (int k = from; k < figure; k++) {
            if (!FIGURE_MODIFIERS.contains(v.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Spans of time whose "after" puts what follows before the story's attack: "a day after", "hours after". */
    private static final Map<String, Integer> SPAN_UNITS = Map.of("day", 1, "days", 1, "night", 1, "nights", 1,
            "week", 7, "weeks", 7, "hour", 0, "hours", 0);

    /**
     * "The raids came a day after 16 civilians were killed", "days after a bombing killed more than 120 evacuees": how
     * many days before the story's attack the figure's attack came, 0 when the text does not say, -1 when the figure is
     * not told as an earlier attack's. The figure must be in the clause "after" opens: its subject ("after 16
     * civilians were killed") or after its verb ("after a bombing killed more than 120"), not the subject of the
     * clause after it ("days after a deadly chemical attack a woman was killed").
     */
    private static int daysBefore(RawClaim raw) {
        SentenceView v = raw.view();
        boolean verb = false;
        for (int k = raw.first() - 1; k > 0 && raw.first() - k <= AFTER_REACH; k--) {
            String w = v.lower(k);
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return -1;
            }
            verb |= v.isVerb(k) && !Lexicon.REPORT_VERBS.contains(v.lemma(k));
            if (!w.equals("after")) {
                continue;
            }
            Integer unit = SPAN_UNITS.get(v.lower(k - 1));
            if (unit == null || !verb && !opensClause(v, k + 1, raw.first())) {
                return -1;
            }
            String count = k > 1 ? v.lower(k - 2) : "";
            int n = count.equals("a") || count.equals("one") || count.equals("the") ? 1
                    : count.equals("two") ? 2 : count.equals("three") ? 3 : count.matches("[1-9]") ? Integer.parseInt(count) : 0;
            return unit == 0 ? 0 : n * unit;
        }
        return -1;
    }

    /**
     * "government forces west of the city killed nine IS fighters": an incident of no kind its words name, whose dead
     * are all combatants, is a fight (after a follow-up took the story's kind and day, which a kindless one does).
     */
    private static IncidentMention aFight(IncidentMention m) {
        if (m.eventType() != EventType.OTHER || m.claims().isEmpty()
                || !m.claims().stream().allMatch(c -> c.group() == Group.COMBATANTS)) {
            return m;
        }
        return m.withKindAndDays(EventType.ARMED_CLASH, m.dateStart(), m.dateEnd());
    }

    /** "killed by the airstrikes": attacks the story has told of, named again with "the". */
    private static final Pattern BY_THE_ATTACKS = Pattern.compile(
            "(?i)\\bby\\s+the(?:\\s+[\\w-]+)?\\s+(?:air\\s?strikes|air\\s+raids|strikes|raids|bombings|bombardment|shelling)\\b");

    /**
     * "The Saudi coalition backs Hadi's government ... The UN estimates 3,800 civilians have been killed by the
     * airstrikes": a whole campaign's toll, of the main attack's kind, that names no attacker but refers to the story's
     * attacks with "the", is the story's attackers'.
     */
    private static IncidentMention byTheSameAttacks(IncidentMention m, IncidentMention main) {
        boolean again = m.claims().stream().anyMatch(c -> BY_THE_ATTACKS.matcher(c.evidence()).find());
        return again ? withAttackersOf(m, main) : m;
    }

    /** "in al-Malaah region", "near Tal Afar": a name after a place's preposition, which the tagger may have missed. */
    private static final Pattern NAME_AFTER_PREPOSITION = Pattern.compile("\\b(?:in|near|at|outside)\\s+(?:the\\s+)?(?:\\p{Ll}{1,3}-)?\\p{Lu}");

    /**
     * True when the draft's sentences name no place, not even a country or a name the tagger missed, and no whole
     * war's or past month's toll.
     */
    private static boolean placeless(Draft d, List<SentenceView> views, List<Context> contexts, String text) {
        for (int s : d.sentences) {
            SentenceView v = views.get(s);
            if (contexts.get(s).background() || !v.mentionsOf(EntityType.LOCATION).isEmpty()
                    || NAME_AFTER_PREPOSITION.matcher(text).region(v.sentence.start(), v.sentence.end()).find()) {
                return false;
            }
        }
        return d.place == null && d.country == null;
    }

    /**
     * "in the last six days, 84 civilians were killed": a total of many days whose sentences name no place is the
     * story's place's (the main incident's), not the country's, as a whole war's toll is.
     */
    private static IncidentMention inStoryPlace(IncidentMention m, IncidentMention main) {
        if (main.location() == null || !java.util.Objects.equals(m.country(), main.country())) {
            return m;
        }
        return new IncidentMention(m.incidentId(), m.eventType(), m.dateStart(), m.dateEnd(), main.location(), main.admin1(),
                main.country(), main.lat(), main.lon(), main.geoPrecision(), m.perpetrators(), m.disputedPerpetrator(),
                m.claims());
    }

    /** End offset of the title when the text opens with it, else 0. */
    private static int titleEnd(AnnotatedArticle article) {
        String title = article.article().title();
        String text = article.text();
        if (title == null || title.isBlank()) {
            return 0;
        }
        int at = text.indexOf(title.strip());
        return at >= 0 && at < 5 ? at + title.strip().length() : 0;
    }

    private static List<SentenceView> views(AnnotatedArticle article) {
        Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        for (EntityMention m : article.mentions()) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<SentenceView> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            out.add(new SentenceView(s, bySentence.getOrDefault(s.index(), List.of())));
        }
        return out;
    }

    /** "the city", "the town's": a town named before, not "the city of Aleppo", not "a town". */
    private static final Pattern TOWN_ANAPHOR = Pattern.compile("\\b[Tt]he\\s+(?:city|town|village)\\b(?!\\s+of\\b)");
    /** "the Euphrates valley", "the Qalamoun mountains": land, not the town a later "the city" means. */
    private static final Set<String> LANDFORM = Set.of("valley", "river", "desert", "mountains", "mountain", "plain",
            "plains", "lake", "sea", "coast", "border", "countryside", "basin", "region", "heights", "hills");
    /** The smallest figure a source's repeating it makes the same incident's: {@link #toldAgain}. */
    private static final int TOLD_AGAIN = 10;
    /** How many sentences back the town a sentence calls "the town" may be named. */
    private static final int ANAPHOR_REACH = 2;

    /**
     * The town the nearest of the {@value #ANAPHOR_REACH} sentences before {@code index} that names one names last
     * ("driven from Zuhur, the last district it held in Hasakeh. ... outside the city": Hasakeh), countries,
     * datelines, facilities and landforms aside; null when that is a region or an armed group.
     */
    private static String previousTown(List<SentenceView> views, int index, String text) {
        for (int i = index - 1; i >= Math.max(0, index - ANAPHOR_REACH); i--) {
            SentenceView v = views.get(i);
            List<EntityMention> places = new ArrayList<>(v.mentionsOf(EntityType.LOCATION));
            places.removeIf(m -> Countries.byNameOrDemonym(m.text()) != null || dateline(v, text, m)
                    || FACILITY.contains(v.lower(m.lastToken())) || LANDFORM.contains(v.lower(m.lastToken())));
            if (!places.isEmpty()) {
                EntityMention last = places.get(places.size() - 1);
                String name = placeName(last);
                return name == null || PlaceNames.isRegionWord(v.lower(last.lastToken())) ? null : name;
            }
        }
        return null;
    }

    /** The date, place and country a sentence names; counts country mentions into {@code votes}. */
    private static Context context(SentenceView v, String text, LocalDate docDate, Map<String, Integer> votes) {
        LocalDate date = null;
        LocalDate reportDate = null;
        LocalDate eventDay = null;
        boolean explicitDocDay = false;
        MonthDay undatedDay = null;
        boolean relativeDay = false; // "yesterday" in a page of no date: a day, though none the tagger can give
        boolean background = false;
        boolean lastYearsMonth = false; // "the massacre of 43 students in September" in a June story
        boolean span = false;
        LocalDate since = null;
        boolean vague = false;
        LocalDate week = null;
        for (EntityMention m : v.mentionsOf(EntityType.DURATION)) {
            span |= spanTotal(v, m);
        }
        for (EntityMention m : v.mentionsOf(EntityType.DATE, EntityType.TIME)) {
            span |= spanTotal(v, m) || dayRange(v, m);
            LocalDate d = m.date();
            if (d != null && WEEKDAY.matcher(m.text()).matches() && planned(v, m.firstToken())) {
                continue; // "talks slated to begin on Thursday": a day to come, or one that was to come, no event's
            }
            if (d != null && WEEKDAY.matcher(m.text()).matches() && docDate != null && d.isAfter(docDate)) {
                // news reports the past: a bare weekday is the last one, not the coming one
                d = d.minusWeeks(1);
            }
            relativeDay |= d == null && docDate == null && RELATIVE_DAY.matcher(m.text()).matches();
            if (d == null && docDate == null && undatedDay == null && !afterReportVerb(v, m.firstToken())) {
                undatedDay = yearless(m.timex()); // "killed in the plane crash on 31 October" in a page of no date
            }
            if (d == null && yearToDate(v, m, docDate)) {
                // "So far this year, about 1,700 civilians have been killed": a toll of the days from the year's first
                // to the report, apart from the day's attack
                span = true;
                since = docDate.withDayOfYear(1);
                date = date == null ? since : date;
                continue;
            }
            if (d == null) {
                boolean past = isBackground(m, docDate);
                background |= past;
                // "13 civilians died on Friday ... around Khan Sheikhoun, the site of the deadly chemical attack in
                // April": last year's month marks the sentence as background unless it names a recent day
                lastYearsMonth |= !past && lastYearsMonth(v, m, docDate);
                vague |= !past && isWeekOrMonth(m) && !afterReportVerb(v, m.firstToken()) && nearEvent(v, m);
                if (!past && week == null && weekOfAttack(v, m)) {
                    week = weekOf(m); // "in an attack on a political rally last week"
                }
                continue;
            }
            if (docDate != null && d.isAfter(docDate)) {
                continue;
            }
            if (docDate != null && d.isBefore(docDate.minusDays(60))) {
                background = true;
            }
            if (m.firstToken() > 0 && v.lower(m.firstToken() - 1).equals("since") && docDate != null && d.isBefore(docDate)) {
                // "58 civilians have been killed in the strikes since June 6": a toll of the days from then to the report
                since = d;
                span = true;
            }
            explicitDocDay |= dateline(d, docDate) && m.firstToken() > 1; // "... killed on Tuesday" under a Tuesday dateline
            boolean bound = eventBound(v, m);
            if (bound && eventDay == null) {
                eventDay = d;
            }
            if (!bound && (afterReportVerb(v, m.firstToken()) || openingReport(v, m) || inDateline(v, m))) {
                if (reportDate == null) {
                    reportDate = d;
                }
            } else if (date == null || dateline(date, docDate) && !dateline(d, docDate)) {
                // "August 10, 2018 - Dozens were killed ... on Thursday": the dateline yields to the event's day
                date = d;
            }
        }
        background |= lastYearsMonth && date == null;
        String place = null;
        String seat = null;
        boolean placeIsRegion = false;
        String firstRegion = null;
        String country = null;
        boolean placeCountry = false;
        boolean countryAfterPreposition = false;
        for (EntityMention m : v.mentionsOf(EntityType.LOCATION, EntityType.MISC)) {
            String cc = Countries.byNameOrDemonym(m.text());
            boolean compound = ActorPlaces.compound(text, m.end());
            if (cc != null) {
                // "UK-based", "US-led", "U.S. airstrike", "Russia killed", "the Islamic State of Iraq": who acted,
                // not where it happened. A country that speaks ("Nigeria says") still votes: a government
                // reports attacks on its own soil as often as it blames another.
                int next = m.lastToken();
                boolean actor = compound || ActorPlaces.beforeNoun(v.tokens, m)
                        || v.isVerb(next) && ClaimFinder.casualtyAt(v, next) != null && !afterPreposition(v, m.firstToken())
                        || ActorPlaces.inGroupName(v.tokens, m) || ActorPlaces.agent(v.tokens, m)
                        || ActorPlaces.heldTo(v.tokens, m);
                // "attacked two Chadian villages": a demonym before a kind of place says whose soil it is
                boolean border = ActorPlaces.borderOf(v.tokens, m); // "the Chadian border": of two countries
                boolean ofPlace = m.type() == EntityType.MISC && next < v.size() && PLACE_NOUNS.contains(v.lower(next)) && !border;
                boolean away = ActorPlaces.elsewhere(v.tokens, m); // "flee to neighbouring Niger", "militants from Somalia"
                boolean where = m.type() == EntityType.LOCATION && !actor && !away;
                boolean speaks = where && ActorPlaces.speaking(v.tokens, m);
                if (!compound && !away && !ActorPlaces.ethnic(v.tokens, m) && !border) {
                    // "the Britain-based monitor", "70 percent ethnic Turkmen", "close to the Chadian border" say nothing
                    // of where the story is
                    votes.merge(cc, speaks ? 2 : where || ofPlace ? 4 : 1, Integer::sum);
                }
                if (ofPlace && !placeCountry) {
                    // "In the Lake Chad region, among Nigeria, Chad, Cameroon and Niger, ... two Chadian villages": ahead
                    // of a list of countries
                    country = cc;
                    placeCountry = true;
                } else if (where && !speaks && (country == null
                        || !countryAfterPreposition && !placeCountry && locative(v, m.firstToken()))) {
                    // "Russia says 62 Syrian troops killed in US-led strikes": the country votes, less than a
                    // place does, and the sentence is not placed there; "United States drone strike kills 30 farm
                    // workers in Afghanistan": the country a preposition places it in outweighs one named before
                    countryAfterPreposition = locative(v, m.firstToken());
                    country = cc;
                }
            } else if (m.type() == EntityType.LOCATION && !FACILITY.contains(v.lower(m.lastToken())) && !dateline(v, text, m)) {
                if (ActorPlaces.notWhere(v.tokens, m) || ActorPlaces.speaking(v.tokens, m) && !afterPreposition(v, m.firstToken())) {
                    // "the attacks carried out by Washington", "Firat news agency said", "the White House", "Washington
                    // and Paris say" (not "residents of Bulabrin said"), "according to Saba reports", "despite Damascus
                    // promises": who
                    continue;
                }
                if (ActorPlaces.speakerSeat(v.tokens, m) || inConcessiveOpening(v, m.firstToken())) {
                    // "officials in Hajjah told CNN", "Even as it suspended bombing of Aleppo city, Russia killed 26 ...
                    // in Idlib Province": where it happened only if the sentence names no other place
                    seat = seat == null ? m.text() : seat;
                    continue;
                }
                // "Madina hospital", "Khamees market": a facility in the town, not another town; "KABUL (Reuters) -":
                // where the report was filed. A region yields to a town the same sentence names.
                String name = placeName(m);
                if (name == null) {
                    continue;
                }
                String region = regionName(v, m, name);
                if (firstRegion == null && (region != null || regionNamed(name))) {
                    firstRegion = region != null ? region : name; // "Idlib Province", the word in the tagger's mention too
                }
                if (place == null || placeIsRegion && region == null) {
                    place = region != null ? region : name; // "Hajja province", not its town
                    placeIsRegion = region != null;
                }
            }
        }
        Countries.possessivesWithoutApostrophe(v.tokens, cc -> votes.merge(cc, 4, Integer::sum)); // "Syrias Idlib"
        boolean onlySeat = place == null && seat != null;
        if (onlySeat) {
            place = seat;
        }
        String sentence = text.substring(v.sentence.start(), v.sentence.end());
        if (place == null) {
            place = alsoAttacked(v, sentence);
        }
        background |= WarTolls.in(sentence);
        boolean fromReport = date == null && reportDate != null;
        return new Context(date != null ? date : reportDate, fromReport, background, span, vague && date == null, place, country,
                eventDay, dateline(date, docDate) && !explicitDocDay, null, ANOTHER_EVENT.matcher(sentence).find(), firstRegion,
                ALSO_STRUCK.matcher(sentence).find(), undatedDay, relativeDay, ELSEWHERE.matcher(sentence).find(), onlySeat,
                ClaimFinder.tellsOfHarm(v), since, week);
    }

    /** Words that open a clause set against the rest of the sentence: "even as", "while", "although". */
    private static final Set<String> CONCESSIVE = Set.of("while", "although", "though", "whereas");

    /**
     * Whether token {@code at} lies in a clause that opens the sentence (or follows a label's colon) with "even as",
     * "while", "although", "though" or "whereas" and a verb, before its comma: "Even as it suspended bombing of Aleppo
     * city, Russia killed at least 26 people ... in Idlib Province" tells of Aleppo as what else went on.
     */
    private static boolean inConcessiveOpening(SentenceView v, int at) {
        int open = 0;
        for (int k = 0; k < at; k++) {
            if (v.lower(k).equals(":")) {
                open = k + 1;
            }
        }
        int words = v.lower(open).equals("even") && (v.lower(open + 1).equals("as") || v.lower(open + 1).equals("though")) ? 2
                : CONCESSIVE.contains(v.lower(open)) ? 1 : 0;
        if (words == 0) {
            return false;
        }
        boolean verb = false;
        for (int k = open + words; k < at; k++) {
            if (v.lower(k).equals(",")) {
                return false;
            }
            verb |= v.isVerb(k);
        }
        for (int k = at; k < v.size(); k++) {
            if (v.lower(k).equals(",")) {
                return verb;
            }
            verb |= k > at && v.isVerb(k);
        }
        return false;
    }

    /** A day of no year: "XXXX-10-31". */
    private static final Pattern YEARLESS = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

    /** The day of the year a time expression of no year names ("on 31 October" in a page of no date), or null. */
    private static MonthDay yearless(String timex) {
        Matcher x = timex == null ? null : YEARLESS.matcher(timex);
        if (x == null || !x.lookingAt()) {
            return null;
        }
        try {
            return MonthDay.of(Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * A day bound to an attack named as an event: "the March 17 strike", "Saturday's bombing", "last Friday's air raid",
     * "hit by a direct
     * airstrike on Wednesday", "since Saturday, when the blasts struck", "the attack happened on Wednesday night".
     * Such a day is the event's even in a sentence that reports a saying.
     */
    private static boolean eventBound(SentenceView v, EntityMention m) {
        int after = m.lastToken();
        if (after < v.size() && (v.lower(after).equals("'s") || v.lower(after).equals("'"))) {
            after++;
        }
        if (after < v.size() && Lexicon.EVENT_NOUNS.contains(v.lower(after))) {
            return true;
        }
        if (after + 1 < v.size() && after > m.lastToken() && (v.isNoun(after) || v.pos(after).startsWith("JJ"))
                && Lexicon.EVENT_NOUNS.contains(v.lower(after + 1))) {
            return true; // "last Friday's air raid", "Saturday's twin bombings"
        }
        if (after + 1 < v.size() && v.lower(after).equals(",") && v.lower(after + 1).equals("when")) {
            for (int k = after + 2; k < Math.min(v.size(), after + 8); k++) {
                if (Lexicon.EVENT_NOUNS.contains(v.lower(k)) || v.isVerb(k) && Lexicon.VIOLENCE_VERBS.contains(v.lemma(k))) {
                    return true;
                }
            }
        }
        int before = m.firstToken() - 1;
        if (before >= 0 && (v.lower(before).equals("on") || v.lower(before).equals("of"))) {
            before--;
        }
        if (before > 0 && before < m.firstToken() - 1 && (v.lemma(before).equals("happen") || v.lemma(before).equals("occur"))) {
            before--; // "the attack happened on Wednesday night"
        }
        return before >= 0 && before < m.firstToken() - 1 && Lexicon.EVENT_NOUNS.contains(v.lower(before));
    }

    /** "KABUL (Reuters) -", "MOGADISHU —": the place a report was filed from, at the head of its first line. */
    private static boolean dateline(SentenceView v, String text, EntityMention m) {
        if (FiledFrom.isDateline(text, m.start(), m.end())) {
            return true;
        }
        if (m.firstToken() > 1) {
            return false;
        }
        String next = v.lower(m.lastToken());
        boolean upper = m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT)) && m.text().length() > 2;
        return upper || next.equals("-lrb-") || next.equals("(") || next.equals("--") || next.equals("\u2014") || next.equals("-");
    }

    /** A date equal to the document date: a dateline or the day of the report, weaker than another day. */
    private static boolean dateline(LocalDate d, LocalDate docDate) {
        return d != null && d.equals(docDate);
    }

    /** "JALALABAD, Afghanistan (September 19, 2019) –": the day the report was filed, in its dateline. */
    private static boolean inDateline(SentenceView v, EntityMention m) {
        int before = m.firstToken() - 1;
        int after = m.lastToken();
        boolean open = before >= 0 && (v.lower(before).equals("(") || v.lower(before).equals("-lrb-"));
        boolean close = after < v.size() && (v.lower(after).equals(")") || v.lower(after).equals("-rrb-"));
        String dash = after + 1 < v.size() ? v.lower(after + 1) : "";
        return open && close && before <= 6 && (dash.equals("-") || dash.equals("--") || dash.equals("\u2013") || dash.equals("\u2014"));
    }

    /**
     * "strikes in northern Syria killing dozens": the mention is the object of a preposition, adjectives between,
     * so the verb after it is not its own ("Russia killed").
     */
    private static boolean afterPreposition(SentenceView v, int first) {
        int k = beforeModifiers(v, first);
        return k >= 0 && v.pos(k).equals("IN");
    }

    /** The token before the adjectives and "the" that stand before token {@code first} ("in the northern ..."), or -1. */
    private static int beforeModifiers(SentenceView v, int first) {
        int k = first - 1;
        while (k >= 0 && (v.pos(k).startsWith("JJ") || v.lower(k).equals("the"))) {
            k--;
        }
        return k;
    }

    /** Prepositions that put what follows them where something happened. */
    private static final Set<String> LOCATIVE = Set.of("in", "inside", "across", "throughout", "over", "near");

    /** Whether a locative preposition stands before the mention (adjectives and "the" between): "in northern Syria". */
    private static boolean locative(SentenceView v, int first) {
        int k = beforeModifiers(v, first);
        return k >= 0 && LOCATIVE.contains(v.lower(k));
    }

    /** "said on Friday", "told AFP yesterday": the date of the saying, not of the event. */
    private static boolean afterReportVerb(SentenceView v, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 9); k--) {
            if (isReportVerb(v, k)) {
                return true;
            }
            if (v.lower(k).equals(",") || ClaimFinder.casualtyAt(v, k) != null || v.lower(k).equals("that")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Earlier Sunday, the Iraqi military said 61 bodies had been pulled from the rubble": a day that opens the sentence
     * before the subject of a saying is the day of the saying.
     */
    private static boolean openingReport(SentenceView v, EntityMention m) {
        int first = m.firstToken();
        if (first > 1 || first == 1 && !v.lower(0).equals("on") || !v.lower(m.lastToken()).equals(",")) {
            return false;
        }
        for (int k = m.lastToken() + 1; k < Math.min(v.size(), m.lastToken() + 8); k++) {
            if (isReportVerb(v, k)) {
                return true;
            }
            if (v.isVerb(k) || ClaimFinder.casualtyAt(v, k) != null || v.lower(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isReportVerb(SentenceView v, int i) {
        return i >= 0 && v.isVerb(i) && Lexicon.REPORT_VERBS.contains(v.lemma(i));
    }

    /** "last week's devastating bombing", "had died last week": within three tokens of a casualty or attack word. */
    private static boolean nearEvent(SentenceView v, EntityMention m) {
        for (int k = Math.max(0, m.firstToken() - 3); k < Math.min(v.size(), m.lastToken() + 3); k++) {
            if (k >= m.firstToken() && k < m.lastToken()) { // lastToken is exclusive
                continue;
            }
            if (ClaimFinder.casualtyAt(v, k) != null || Lexicon.VIOLENCE_WORDS.contains(v.lower(k))
                    || Lexicon.VIOLENCE_VERBS.contains(v.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words before a span of time that make it the span a figure totals: "over three days of fighting". */
    private static final Set<String> SPAN_OPENERS = Set.of("over", "during", "throughout", "across");
    /** Words after a span of time that make it a distance in time instead: "six days after the attack". */
    private static final Set<String> SPAN_OFFSETS = Set.of("after", "ago", "before", "later", "earlier", "since", "into");
    /**
     * A duration of hours, days, weeks, months or years ("P6D", "PT48H", "PXD"), a range of days
     * ("2016-12-04/2016-12-07"), or a week or a month.
     */
    private static final Pattern SPAN = Pattern.compile(
            "(PT?)(\\d+|X)([HDWMY])|(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})|\\d{4}-(?:W\\d{2}|\\d{2})");
    /** "in three days", "in one week": a count of days or weeks, not "in a decade". */
    private static final Pattern COUNTED_DAYS = Pattern.compile("(?i)(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|one)\\s.*");
    /** "the past six days", "the last two weeks", "recent days": a span that ends at the report. */
    private static final Pattern RECENT = Pattern.compile("(?i)(?:the\\s+)?(?:past|last|previous|recent)\\b.*");

    /**
     * "in the past six days", "over the last two weeks", "in recent days", "over three days of fighting": the
     * sentence's figure totals the dead of many days, not one attack's. A day or a night ("in the last 24 hours") is
     * an attack's own span; "last week's bombing" dates one event; "the deadliest attack in a decade" compares.
     */
    /** "airstrikes on the city between March 17 and 23": days from one to another, whose figure totals them. */
    private static boolean dayRange(SentenceView v, EntityMention m) {
        String before = v.lower(m.firstToken() - 1);
        String after = v.lower(m.lastToken());
        return before.equals("between") && after.equals("and") || before.equals("from") && (after.equals("to") || after.equals("until"));
    }

    private static boolean spanTotal(SentenceView v, EntityMention m) {
        Matcher span = m.timex() == null ? null : SPAN.matcher(m.timex());
        if (span == null || !span.matches()) {
            return false;
        }
        boolean recent = RECENT.matcher(m.text()).matches();
        boolean counted = false;
        if (span.group(4) != null) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(span.group(4)), LocalDate.parse(span.group(5)));
            if (days < 2 || !recent) {
                return false; // "the last three days"
            }
        } else if (span.group(1) == null) {
            if (!recent || !v.lower(m.firstToken()).equals("the")) {
                return false; // a week or a month: only as "the past week"
            }
        } else {
            boolean hours = span.group(1).equals("PT");
            counted = (span.group(3).equals("D") || span.group(3).equals("W")) && !hours && COUNTED_DAYS.matcher(m.text()).matches();
            int n = span.group(2).equals("X") ? Integer.MAX_VALUE : Integer.parseInt(span.group(2)); // "the past few days"
            boolean days = switch (span.group(3)) {
                case "H" -> hours && n >= 48;
                case "D" -> !hours && n >= 2;
                default -> !hours; // weeks, months, years (minutes share the letter M)
            };
            if (!days) {
                return false;
            }
        }
        String before = m.firstToken() > 0 ? v.lower(m.firstToken() - 1) : "";
        String after = m.lastToken() < v.size() ? v.lower(m.lastToken()) : "";
        return (recent || SPAN_OPENERS.contains(before) || counted && before.equals("in")) && !SPAN_OFFSETS.contains(after);
    }

    /** The Monday of the week a time expression names ("last week": "2015-W23"), or null when it names no week. */
    private static LocalDate weekOf(EntityMention m) {
        Matcher w = m.timex() == null ? null : ISO_WEEK.matcher(m.timex());
        if (w == null || !w.matches()) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(w.group(1)), 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                Integer.parseInt(w.group(2))).with(java.time.DayOfWeek.MONDAY);
    }

    /**
     * Whether a week names when an attack or a killing was: "an attack on a political rally last week", "last week's
     * bombing", "killed last week"; not "a ceasefire agreed last week", whose verb takes the week.
     */
    private static boolean weekOfAttack(SentenceView v, EntityMention m) {
        if (v.lower(m.lastToken()).equals("'s") && Lexicon.EVENT_NOUNS.contains(v.lower(m.lastToken() + 1))) {
            return true;
        }
        for (int k = m.firstToken() - 1; k >= Math.max(0, m.firstToken() - 8); k--) {
            if (Lexicon.EVENT_NOUNS.contains(v.lower(k)) || ClaimFinder.casualtyAt(v, k) != null) {
                return true;
            }
            if (v.isVerb(k)) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** "last week", "earlier this month": a time expression that names a week or a month, not a day. */
    private static boolean isWeekOrMonth(EntityMention m) {
        return m.timex() != null && m.timex().matches("\\d{4}-(W\\d{2}|\\d{2})");
    }

    /** Words that set what follows them to come: "will meet on Monday", "slated to begin on Thursday". */
    private static final Set<String> PLANNING = Set.of("will", "slated", "scheduled", "due", "set", "planned", "poised");
    /** How many tokens before a day a word that sets it to come may stand: "due to begin on Thursday". */
    private static final int PLANNING_REACH = 4;

    /** Whether a word of planning stands shortly before token {@code at}, with no comma between. */
    private static boolean planned(SentenceView v, int at) {
        for (int k = at - 1; k >= Math.max(0, at - PLANNING_REACH); k--) {
            if (v.lower(k).equals(",")) {
                return false;
            }
            String w = v.lower(k);
            boolean needsTo = w.equals("set") || w.equals("due"); // "set to begin", "due to arrive"
            if (PLANNING.contains(w) && (!needsTo || v.lower(k + 1).equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A month or year that lies well before the document date: "in October 2017" in a 2019 story, "earlier this year"
     * (a story tells a recent attack by its day or week).
     */
    private static boolean isBackground(EntityMention m, LocalDate docDate) {
        if (docDate == null || m.timex() == null || !m.timex().matches("\\d{4}(-\\d{2})?")) {
            return false;
        }
        int year = Integer.parseInt(m.timex().substring(0, 4));
        if (m.timex().length() == 4) {
            return year < docDate.getYear() || year == docDate.getYear() && EARLIER_THIS_YEAR.matcher(m.text()).matches();
        }
        int month = Integer.parseInt(m.timex().substring(5, 7));
        return year * 12 + month < docDate.getYear() * 12 + docDate.getMonthValue() - 1;
    }

    /**
     * "so far this year", "killed this year": the story's own year as a whole, the span a toll totals (not "earlier
     * this year", one time before the story's recent days, nor "later this year", to come, nor a year of something
     * else: "Boko Haram, which has killed thousands, has suffered major setbacks this year").
     */
    private static boolean yearToDate(SentenceView v, EntityMention m, LocalDate docDate) {
        return docDate != null && String.valueOf(docDate.getYear()).equals(m.timex())
                && m.text().equalsIgnoreCase("this year") && !YEAR_OFFSETS.contains(v.lower(m.firstToken() - 1))
                && (v.lower(m.firstToken() - 1).equals("far") && v.lower(m.firstToken() - 2).equals("so") || nearEvent(v, m));
    }

    /** Words before "this year" that put a time in it before or after the story's days: "earlier", "later". */
    private static final Set<String> YEAR_OFFSETS = Set.of("earlier", "later", "previously");

    /** "earlier this year": a time before the story's recent days, told by its year only. */
    private static final Pattern EARLIER_THIS_YEAR = Pattern.compile("(?i)(?:earlier|previously)\\s+this\\s+year");

    /** A month's name: "September", "Sept.", "Sep". */
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b");
    /** A year written out: "2014", "'14". */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b|'\\d\\d\\b");
    /** How far after the document date a month named without its year must start to be read as last year's. */
    private static final int AHEAD_DAYS = 31;
    /** Words before a month that set it ahead: "until September", "by June", "for September". */
    private static final Set<String> AHEAD_OPENERS = Set.of("until", "till", "by", "next", "for");

    /**
     * Whether a month named without its year ("in September") that the tagger resolved to a month starting more
     * than a month after the document date is last year's: news reports the past ("the massacre of 43 students in
     * September" in a June story). Not a month that opens a noun ("the June election") or follows "until", "by"
     * or "for": those are often months to come.
     */
    private static boolean lastYearsMonth(SentenceView v, EntityMention m, LocalDate docDate) {
        if (docDate == null || m.timex() == null || !m.timex().matches("\\d{4}-\\d{2}")
                || !LocalDate.parse(m.timex() + "-01").isAfter(docDate.plusDays(AHEAD_DAYS))
                || !MONTH_NAME.matcher(m.text()).find() || WRITTEN_YEAR.matcher(m.text()).find()) {
            return false;
        }
        int after = m.lastToken();
        int before = m.firstToken() - 1;
        return !(after < v.size() && v.isNoun(after)) && !(before >= 0 && AHEAD_OPENERS.contains(v.lower(before)));
    }

    /** Words that open a clause about a place or a time named before: ", where fighters killed 148 students in April". */
    private static final Set<String> RELATIVE_OPENERS = Set.of("where", "when");

    /**
     * Whether figure {@code b} stands in a clause that ", where" or ", when" opens after figure {@code a} of its sentence,
     * and that clause dates what it tells before the report: another month, an earlier year, or a day three or more
     * days before it ("in April", "in 2013", "on March 3" in a story of May 25).
     */
    private static boolean earlierInClause(RawClaim a, RawClaim b, LocalDate docDate) {
        SentenceView v = b.view();
        if (docDate == null || b.first() <= a.last()) {
            return false;
        }
        int opener = -1;
        for (int k = a.last(); k < b.first(); k++) {
            if (RELATIVE_OPENERS.contains(v.lower(k)) && v.lower(k - 1).equals(",")) {
                opener = k;
            }
        }
        if (opener < 0) {
            return false;
        }
        for (EntityMention m : v.mentionsOf(EntityType.DATE)) {
            if (m.firstToken() <= opener || m.timex() == null || v.find(opener, m.firstToken(), ",", ";") >= 0) {
                continue;
            }
            if (m.date() != null ? m.date().isBefore(docDate.minusDays(2))
                    : m.timex().matches("\\d{4}") ? Integer.parseInt(m.timex()) < docDate.getYear()
                    : m.timex().matches("\\d{4}-\\d{2}") && m.timex().compareTo(docDate.toString().substring(0, 7)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Groups claims into incidents: same sentence, parts of a figure, or compatible date, place and kind of attack.
     * {@code figureSentences} are the indices of the sentences that hold a figure; {@code kinds}, per sentence, the kind
     * of attack a figure's sentence names (null for the others).
     */
    private static List<Draft> group(List<Found> found, Set<Integer> figureSentences, List<Context> contexts,
                                     List<EventType> kinds, List<Integer> lead, LocalDate docDate) {
        List<Draft> drafts = new ArrayList<>();
        Draft previous = null;
        int previousSentence = -1;
        Found previousFound = null;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int s = f.raw().view().sentence.index();
            Context c = contexts.get(s);
            String after = placeAfter(f.raw());
            String own = after != null ? after : c.place();
            // "Warplanes have struck another school, this time in Douma. ... seven people were killed": the place the
            // sentence before announces, to tell this figure's attack from the others
            String before = own == null && !drafts.isEmpty() && !c.background() && c.country() == null
                    ? anotherAttackBefore(contexts, figureSentences, s, previous == null ? null : previous.country) : null;
            String where = own != null ? own : before;
            // "in the past six days 84 civilians had been killed": a total of many days is apart from the story's
            // attack, unless the story's first figure is itself such a total ("135 Civilians Killed ... in Last Three Days")
            boolean background = c.background() || c.span() && !drafts.isEmpty() && !drafts.get(0).span
                    || thousandsKilled(f.raw()) || c.date() == null && runningTotal(f.raw());
            boolean earlier = previous != null && s == previousSentence && !f.raw().part()
                    && earlierInClause(previousFound.raw(), f.raw(), docDate);
            if (earlier) {
                // "has killed about 25 police officers near the town of Garissa, where fighters killed 148 students in
                // April": the town's earlier attack, told in a clause of its own time
                background = true;
            }
            Draft target = null;
            RawClaim nextClaim = i + 1 < found.size() && found.get(i + 1).raw().view() == f.raw().view() ? found.get(i + 1).raw() : null;
            Clause[] clauses = s == previousSentence && !f.raw().part() ? coordinated(previousFound.raw(), f.raw(), nextClaim) : null;
            if (earlier) {
                target = null;
            } else if (clauses != null) {
                // "84 civilians had been killed in government air strikes and 49 civilians were killed in rebel
                // shelling": two attacks of two kinds, each its own incident
                previous.clause = clauses[0];
                target = new Draft();
                target.background = previous.background;
                target.span = previous.span;
                target.clause = clauses[1];
                drafts.add(target);
            } else if (previous != null && s == previousSentence && !f.raw().part() && after != null
                    && f.raw().category() == previousFound.raw().category()
                    && !samePlace(after, Objects.requireNonNullElse(placeAfter(previousFound.raw()), after))) {
                // "killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib province": each place's dead
                // are their own incident's, as if told in sentences of their own
                for (Draft d : drafts) {
                    if (d != previous && compatible(d, c, background, where)) {
                        target = d;
                        break;
                    }
                }
            } else if (previous != null && (s == previousSentence || f.raw().part())) {
                target = previous;
            } else if ((target = definiteRepeat(drafts, f.raw())) != null) {
                // "a Taliban attack has killed five policemen in Zabul province ... in Shahjoy district, killing the five
                // policemen": the figure told again, wherever its sentence puts it
                if (namedFigure(f.raw())) {
                    continue; // "Based on the figure of 278 killed, it is the deadliest strike since ... Baghdad": no claim,
                              // and no place or day for the incident that gave it
                }
            } else if ((target = toldAgain(drafts, f, c, background, where)) != null) {
                // "At least 44 people have been killed ... in the capital Sanaa, according to Saba ... 'More than 44
                // citizens were martyred,' Saba said, adding the air strikes targeted ... the Tahrir area"
            } else {
                for (Draft d : drafts) {
                    if (compatible(d, c, background, where) && sameKind(d.kind, kinds.get(s)) && sameToll(d, f.raw())) {
                        target = d;
                        break;
                    }
                }
            }
            int daysBefore = drafts.isEmpty() ? -1 : daysBefore(f.raw());
            if (daysBefore >= 0 && !(s == previousSentence && previous.daysBefore >= 0)) {
                // "The raids came a day after 16 civilians were killed in strikes on the same city": an earlier attack
                target = null;
            }
            boolean fresh = target == null;
            if (fresh) {
                target = new Draft();
                target.background = background;
                target.span = c.span();
                if (daysBefore >= 0) {
                    target.background = true;
                    target.daysBefore = daysBefore;
                }
                // a first figure of long ago or of a war's toll takes no day from the lead: the lead's is the news's
                if (drafts.isEmpty() && c.date() == null && !c.vague() && !background) {
                    leadDay(target, contexts, s, lead, figureSentences, docDate);
                }
                if (drafts.isEmpty() && where == null) {
                    target.leadPlace = leadPlace(contexts, lead);
                }
                if (drafts.isEmpty() && c.undatedDay() == null && !background) {
                    target.undatedDay = openingDay(contexts, figureSentences, s);
                }
                target.main = drafts.isEmpty();
                drafts.add(target);
            }
            target.claims.add(f);
            if (target.kind == null) {
                target.kind = kinds.get(s);
            }
            if (fresh && before != null) {
                target.sentences.add(s - 1); // the announcing sentence is the new incident's own
                target.country = contexts.get(s - 1).country(); // and its country ("Meanwhile in Syria, ...")
            }
            target.sentences.add(s);
            target.vague |= c.vague();
            boolean retold = target.background && !background && c.reportDate(); // a past toll said again today
            if (target.daysBefore < 0 && !retold
                    && (target.date == null || target.dateFromReport && c.date() != null && !c.reportDate())) {
                if (c.date() != null) {
                    target.date = c.date();
                    target.dateFromReport = c.reportDate();
                    target.datelineOnly = c.datelineOnly();
                    target.until = c.date().equals(c.since()) ? docDate : null;
                }
            }
            if (target.undatedDay == null && target.daysBefore < 0) {
                target.undatedDay = c.undatedDay();
            }
            if (target.place == null) {
                target.place = fresh ? where : own; // a borrowed place only starts an incident
                target.seat = target.place != null && after == null && target.place.equals(c.place()) && c.seat();
            }
            if (target.region == null && target.place != null && Objects.equals(target.place, where) && !regionNamed(where)) {
                target.region = c.region(); // "the schools in Hass in Idlib Province"
            }
            if (target.country == null) {
                String named = countryAfter(f.raw());
                target.country = named != null ? named : c.country();
            }
            previous = target;
            previousSentence = s;
            previousFound = f;
        }
        return drafts;
    }

    /**
     * "Nearly 50 air strikes hit Aleppo on Sunday ... at least 32 people were killed during the air strikes": the
     * main incident's first figure gives no day, so it takes the day of the event its lead gives (not the dateline's,
     * which may only be the day of the report) before it groups later figures, which then join it only if their day
     * agrees ("more than 30 killed on May 31" does not). After the figure, the day a sentence of no figure binds to the
     * attack counts too, up to the next figure: "Rebels fired rockets into Saudi Arabia, killing two civilians. Saudi
     * authorities said the fighters carried out the attacks on Tuesday in Najran. Last Thursday, border clashes left
     * three Saudi troops dead."
     */
    private static void leadDay(Draft d, List<Context> contexts, int firstSentence, List<Integer> lead,
                                Set<Integer> figureSentences, LocalDate docDate) {
        for (int s : lead) {
            Context c = contexts.get(s);
            if (s < firstSentence && c.date() != null && !c.reportDate() && !c.background() && !c.date().equals(docDate)
                    && c.violent()) {
                d.date = c.date(); // not "Eight other officers were set free by the court on Tuesday"
                return;
            }
            if (s > firstSentence && figureSentences.contains(s)) {
                return;
            }
            if (s > firstSentence && c.eventDay() != null && !c.background()) {
                d.date = c.eventDay();
                return;
            }
        }
    }

    /**
     * The day of no year the story's opening names, up to the sentence of its second figure, outside the background:
     * "32 Islamic State terrorists died in bombing raids in Raqqa ... 15 air strikes were carried out ... on 6 December"
     * in a page of no date; null when none.
     */
    private static MonthDay openingDay(List<Context> contexts, Set<Integer> figureSentences, int firstFigure) {
        for (int k = 0; k < contexts.size() && (k <= firstFigure || !figureSentences.contains(k)); k++) {
            Context c = contexts.get(k);
            if (c.undatedDay() != null && !c.background()) {
                return c.undatedDay();
            }
        }
        return null;
    }

    /** Days a page of no date names only relative to itself: "yesterday", "last night". */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)yesterday|last night|the (?:previous|preceding) (?:day|night)|the day before|(?:\\d+|two|three) days ago");

    /** Words that put a sentence's place apart from the places told so far: "Elsewhere, in Syria's Qalamoun ...". */
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:elsewhere|in a separate (?:attack|incident|strike))\\b");

    /** Words of a count of others than a figure told before: "also killed", "killed as well", "another", "more". */
    private static final Pattern FURTHER_COUNT = Pattern.compile(
            "(?i)\\b(?:also|as well|another|other|others|further|additional|too|again|more(?!\\s+than))\\b");

    /** Words that announce an attack apart from the one told so far: "struck another school", "a similar attack". */
    private static final Pattern ANOTHER_EVENT = Pattern.compile(
            "(?i)\\b(?:another|similar|separate(?:ly)?|elsewhere|meanwhile|this time|a second|also)\\b");

    /**
     * "Warplanes also killed 16 civilians yesterday": a further attack by the same hands, not a further figure of the
     * one told ("and also wounded 30 people" is; so is "has also called for a meeting", which names no attack).
     */
    private static final Pattern ALSO_STRUCK = Pattern.compile("(?i)(?<!\\band )\\balso\\s+(?:(?:have|has|had)\\s+)?"
            + "(?:killed|struck|hit|attacked|targeted|shelled|bombed|bombarded|executed)\\b");

    /**
     * "Warplanes have struck another school, this time in the Damascus suburb of Douma. The activists say at least
     * seven people were killed": the place of the sentence before a figure's, when that sentence gives no figure,
     * announces another attack and names a place (or a country other than {@code country}, the figures' before); null
     * otherwise.
     */
    private static String anotherAttackBefore(List<Context> contexts, Set<Integer> figureSentences, int s, String country) {
        if (s == 0 || figureSentences.contains(s - 1)) {
            return null;
        }
        Context before = contexts.get(s - 1);
        if (!before.another() || before.background()) {
            return null;
        }
        if (before.place() == null && before.country() != null && country != null && !country.equals(before.country())) {
            // "Meanwhile in Syria, ISIL has seized more territory ..." after figures in Iraq: another country's attack
            return Countries.name(before.country());
        }
        return before.place();
    }

    /** Nouns that name a figure told before: "the figure of 278 killed", "the toll of 15". */
    private static final Set<String> FIGURE_NOUNS = Set.of("figure", "toll", "tally", "count");

    /** Whether a figure is named as one ("Based on the figure of 278 killed, it is the deadliest strike"). */
    private static boolean namedFigure(RawClaim raw) {
        SentenceView v = raw.view();
        int at = raw.first();
        return v.lower(at - 1).equals("of") && FIGURE_NOUNS.contains(v.lower(at - 2)) && v.lower(at - 3).equals("the");
    }

    /**
     * The draft that already holds the figure a definite phrase repeats ("killing the five policemen": five policemen,
     * killed; "based on the figure of 278 killed"), or null.
     */
    private static Draft definiteRepeat(List<Draft> drafts, RawClaim raw) {
        if (raw.value() == null || raw.first() == 0 || !raw.view().lower(raw.first() - 1).equals("the") && !namedFigure(raw)) {
            return null;
        }
        for (Draft d : drafts) {
            for (Found f : d.claims) {
                if (raw.value().equals(f.raw().value()) && f.raw().category() == raw.category() && f.raw().group() == raw.group()) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The draft that holds the figure a source gives again ("44 people have been killed, according to Saba ... 'More than
     * 44 citizens were martyred,' Saba said"): the same count of the same people (or of people in general: "44
     * soldiers", "44 citizens", but not "10 children" and "at least 10 people"), at least {@value #TOLD_AGAIN}, from
     * the same source, in a sentence of no other day; or null. A smaller figure may well be another attack's, and so may
     * the story's own count at another place it names ("In Hama the army killed more than 70 terrorists ... warplanes
     * raided sites in Palmyra killing around 70 terrorists").
     */
    private static Draft toldAgain(List<Draft> drafts, Found f, Context c, boolean background, String where) {
        RawClaim raw = f.raw();
        if (raw.value() == null || raw.value() < TOLD_AGAIN || raw.part()) {
            return null;
        }
        for (Draft d : drafts) {
            if (d.date != null && c.date() != null && !c.reportDate() && !d.date.equals(c.date())) {
                continue;
            }
            // a retelling that names no day of its own but the saying's is the same people as a background figure
            // ("remains of 470 people believed to have been executed ... last year" and "'We have exhumed the bodies of
            // 470 ...,' Hammoud announced on Thursday"), either way round
            boolean ownDay = background ? d.date != null && !d.dateFromReport : c.date() != null && !c.reportDate();
            if (d.background != background && ownDay) {
                continue;
            }
            // another source's count of the same people at the same place: "authorities have exhumed the remains of
            // 470 people ... in Tikrit" and "'We have exhumed the bodies of 470 Speicher martyrs in Tikrit,' Hammoud said"
            boolean samePlaceNamed = d.place != null && where != null && samePlace(d.place, where);
            for (Found g : d.claims) {
                // the same source (the reporter only where neither place is unknown or both agree), or the same place
                boolean sameSource = samePlaceNamed || g.source().equals(f.source())
                        && (!f.source().equals(SourceFinder.REPORTER) || d.place == null || where == null);
                boolean samePeople = g.raw().group() == raw.group() || whole(g.raw().group()) && whole(raw.group());
                if (raw.value().equals(g.raw().value()) && g.raw().category() == raw.category() && samePeople
                        && sameSource && !g.raw().part()) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Whether a group counts a whole side, or everyone: the people of a toll, not a part of them such as its children. */
    private static boolean whole(Group g) {
        return g == Group.ALL || g == Group.CIVILIANS || g == Group.COMBATANTS;
    }

    /** The first place the lead's sentences name, outside a background sentence; null when none. */
    private static String leadPlace(List<Context> contexts, List<Integer> lead) {
        for (int s : lead) {
            Context c = contexts.get(s);
            if (c.place() != null && !c.background()) {
                return c.place();
            }
        }
        return null;
    }

    /**
     * A place mention's name, cut where event words begin ("Manbij" of "Manbij Killing"); null when it opens with
     * one or names an armed group ("in Daesh Attack": who, not where) or a part of the world above any country
     * ("perished on the journey to Europe": no place a story's country holds).
     */
    private static String placeName(EntityMention m) {
        String name = PlaceNames.beforeEventWords(m.text());
        return name == null || Actors.isGroupName(name) || PlaceNames.isWorldRegion(name) ? null : name;
    }

    /**
     * "Hajja province" for a mention the tagger ended before its division word ("Hajja" of "in Hajja province"), as a
     * sentence's place is written; null when no division word follows or the name was cut.
     */
    private static String regionName(SentenceView v, EntityMention m, String name) {
        String word = v.lower(m.lastToken());
        return name != null && name.equals(m.text()) && PlaceNames.isRegionWord(word) ? name + " " + word : null;
    }

    /** Words after a figure that bring the place it happened: "killed 50 gunmen in Lattakia". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside");
    /** Words between a figure and its passive verb: "were killed", "have been killed". */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "have", "has", "had");
    /** Words between such a preposition and the place: "in the", "in and around", "in neighbouring". */
    private static final Set<String> PLACE_MODIFIERS = Set.of("the", "and", "around", "neighbouring", "neighboring",
            "nearby");

    /**
     * "Army Foils Attack in Daraa, Kills at least 50 Gunmen in Lattakia": the place named right after a figure,
     * which is where that figure's dead fell even when the sentence named another place first; null when none.
     */
    private static String placeAfter(RawClaim raw) {
        EntityMention m = mentionAfter(raw);
        if (m == null || Countries.byNameOrDemonym(m.text()) != null || FACILITY.contains(raw.view().lower(m.lastToken()))) {
            return null;
        }
        String name = placeName(m);
        String region = regionName(raw.view(), m, name);
        return region != null ? region : name; // "in Hajja province", as a sentence's place
    }

    /**
     * "in Iran, the trial of a journalist has begun and two reporters in Brazil have been found murdered": the country
     * named right after a figure, which is where its dead fell whatever country the sentence named first; null when none.
     */
    private static String countryAfter(RawClaim raw) {
        EntityMention m = mentionAfter(raw);
        return m == null ? null : Countries.byName(m.text());
    }

    /** The place mention right after a figure or its passive verb ("five soldiers were killed in Homs"), or null. */
    private static EntityMention mentionAfter(RawClaim raw) {
        SentenceView v = raw.view();
        int verb = raw.last();
        while (verb < v.size() && verb <= raw.last() + 3 && PASSIVE_AUXILIARIES.contains(v.lower(verb))) {
            verb++;
        }
        // "five soldiers were killed in Homs": the place after the figure's own passive verb
        boolean passive = verb > raw.last() && verb < v.size() && ClaimFinder.casualtyAt(v, verb) == raw.category();
        int at = passive ? verb + 1 : raw.last();
        if (!PLACE_PREPOSITIONS.contains(v.lower(at))) {
            return null;
        }
        int first = at + 1; // "in the", "in neighbouring", "in and around", "in the nearby"
        while (first < v.size() && first <= at + 3 && (PLACE_MODIFIERS.contains(v.lower(first))
                || v.pos(first).startsWith("JJ") && Character.isLowerCase(v.tokens.get(first).text().charAt(0)))) {
            first++;
        }
        for (EntityMention m : v.mentionsOf(EntityType.LOCATION)) {
            if (m.firstToken() == first) {
                return m;
            }
        }
        return null;
    }

    private static boolean compatible(Draft d, Context c, boolean background, String place) {
        if (background != d.background || d.daysBefore >= 0) { // an earlier attack's figures are told in one clause
            return false;
        }
        if (d.date != null && c.date() != null && !c.reportDate() && !d.dateFromReport
                && Math.abs(d.date.toEpochDay() - c.date().toEpochDay()) > (c.alsoStruck() ? 0 : 1)) {
            // a day apart may be one night's attack, unless the attackers "also killed" on the other day
            return false;
        }
        if (c.week() != null && c.date() == null && d.date != null && !d.dateFromReport
                && (d.date.isBefore(c.week()) || d.date.isAfter(c.week().plusDays(6)))) {
            // "three people were killed in an attack on a political rally last week", in a story of Tuesday's killing
            return false;
        }
        if (d.undatedDay != null && c.undatedDay() != null
                && daysApart(d.undatedDay, c.undatedDay()) > (c.alsoStruck() ? 0 : 1)) {
            return false; // "strikes on 6 December" and "the plane crash on 31 October" in a page of no date
        }
        if (c.alsoStruck() && d.date == null && d.undatedDay == null
                && (c.date() != null && !c.reportDate() || c.undatedDay() != null || c.relativeDay())) {
            return false; // "Warplanes also killed 16 civilians yesterday" after figures of no day: that day's attack
        }
        if (c.undatedDay() != null && d.undatedDay == null && d.place != null && place == null && !d.main) {
            // nor does a day of its own join a later attack told with a place and no day ("130 people ... in Paris")
            return false;
        }
        String own = d.place != null ? d.place : d.leadPlace;
        // "air strikes killed 119 people in Hajja province ... another 47 were wounded in Mastaba district": a place
        // within the region may narrow it, unless the sentence names another region ("in southern Ghazni province") or
        // puts itself elsewhere ("Elsewhere, in Syria's Qalamoun mountain range")
        boolean narrows = own != null && place != null && region(own) && !region(place)
                && (c.region() == null || samePlace(own, c.region())) && !c.elsewhere();
        // "... the schools in Hass in Idlib Province" and "Russia killed at least 26 people ... in neighboring Idlib
        // Province": the region the draft's own sentence put its town in
        boolean widens = d.region != null && place != null && regionNamed(place) && samePlace(d.region, place) && !c.elsewhere();
        if (own != null && place != null && !samePlace(own, place) && !narrows && !widens) {
            return false;
        }
        return d.country == null || c.country() == null || d.country.equals(c.country()) || place == null && d.place == null;
    }

    /**
     * Whether a figure of the background may count the same dead as a background draft's: not when one is more than
     * {@value #OTHER_TOLL} times the other ("A total of 109 people have been killed" since the president took office,
     * "six years of violence and at least 15,000 deaths": two tolls of two spans). A story's own attack is told with
     * figures of any size (its dead and a child among them), so only the background's are told apart so.
     */
    private static boolean sameToll(Draft d, RawClaim raw) {
        if (!d.background || raw.value() == null || raw.value() == 0) {
            return true;
        }
        for (Found f : d.claims) {
            Integer v = f.raw().value();
            if (v != null && v > 0 && f.raw().category() == raw.category()
                    && (v > OTHER_TOLL * raw.value() || raw.value() > OTHER_TOLL * v)) {
                return false;
            }
        }
        return true;
    }

    /** How many times larger than another a background toll is that counts other dead: {@link #sameToll}. */
    private static final int OTHER_TOLL = 10;

    /** Days between two days of the year, the shorter way round the year's end. */
    private static int daysApart(MonthDay a, MonthDay b) {
        int x = Math.abs(a.atYear(2001).getDayOfYear() - b.atYear(2001).getDayOfYear());
        return Math.min(x, 365 - x);
    }

    /**
     * Whether a figure's sentence may tell of a draft's attack by the kinds of attack they name: "a U.S. drone strike
     * ... killed at least 30 civilians" and "a suicide attack at a hospital ... that killed at least 20 people" are two,
     * "a suicide bomber" and "the blast" one. Only an attack from the air and one by a suicide bomber tell two apart:
     * the words of other kinds mix in one story of one attack ("air strikes" and "barrel bombs", "shells" and "bombs").
     */
    private static boolean sameKind(EventType draft, EventType sentence) {
        return !(fromTheAir(draft) && sentence == EventType.SUICIDE_BOMB || fromTheAir(sentence) && draft == EventType.SUICIDE_BOMB);
    }

    private static boolean fromTheAir(EventType kind) {
        return kind == EventType.AIR_STRIKE || kind == EventType.DRONE_STRIKE;
    }

    /**
     * "also attacked Dalori II IDP camp", "Also attacking Malumti village": a further place the attackers struck; a
     * name of at most six words (an unbounded run of capitalised words overflowed the matcher's stack).
     */
    private static final Pattern ALSO_ATTACKED = Pattern.compile(
            "\\b[Aa]lso\\s+(?:attack(?:ed|ing)|struck|striking|stormed|storming|raided|raiding|hit|hitting|targeted|targeting)"
                    + "\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'\u2019-]++(?:\\s+\\p{Lu}[\\p{L}'\u2019-]++){0,5})");

    /**
     * "The terrorists ... also attacked Dalori II IDP camp and killed eight persons": a further place the story's
     * attackers struck, with no day of its own, on the story's attack's day, and of its kind when its words name none.
     */
    private static IncidentMention alsoStruck(IncidentMention m, IncidentMention main) {
        if (m.dateStart() != null || main.dateStart() == null
                || m.claims().stream().noneMatch(c -> ALSO_ATTACKED.matcher(c.evidence()).find())) {
            return m;
        }
        return onDays(m, main, main.dateStart(), main.dateEnd());
    }

    /** The name of the place a sentence says the attackers also struck, as written, or null. */
    static String alsoAttackedName(String sentence) {
        java.util.regex.MatchResult m = alsoAttackedMatch(sentence);
        return m == null ? null : m.group(1);
    }

    private static java.util.regex.MatchResult alsoAttackedMatch(String sentence) {
        Matcher m = ALSO_ATTACKED.matcher(sentence);
        return m.find() ? m.toMatchResult() : null;
    }

    /**
     * The place a sentence says the attackers also struck, by a name the tagger may have read as a person's ("also
     * attacked Dalori II IDP camp and killed eight persons"): another attack than the one told before; null when the
     * sentence says none, or the name is a country's, a people's or an organisation's.
     */
    private static String alsoAttacked(SentenceView v, String sentence) {
        java.util.regex.MatchResult match = alsoAttackedMatch(sentence);
        if (match == null) {
            return null;
        }
        String name = match.group(1);
        int at = v.sentence.start() + match.start(1); // the name's own place, not an earlier word spelled the same
        for (int i = 0; i < v.size(); i++) {
            if (v.startOf(i) == at && (v.ner(i) == EntityType.ORGANIZATION || v.ner(i) == EntityType.MISC)) {
                return null; // "also targeted Nusra Front positions", "also attacked Kurdish fighters"
            }
        }
        String first = name.split("\\s+")[0];
        return Countries.byNameOrDemonym(first) != null || WordNet.describesPeople(first) ? null : name;
    }

    /**
     * "Boko Haram, which has killed thousands in its attempt to carve out a state", "tens of thousands of people are
     * believed to have been killed": dead counted in thousands without a figure are a war's or a campaign's, not an
     * attack's.
     */
    private static boolean thousandsKilled(RawClaim raw) {
        if (raw.value() != null || raw.category() != Category.KILLED) {
            return false;
        }
        SentenceView v = raw.view();
        for (int k = raw.first(); k < raw.last(); k++) {
            if (v.lower(k).equals("thousands")) {
                return true;
            }
        }
        return false;
    }

    /** The present perfect of dying: "have been killed", "has died". */
    private static final Pattern HAVE_DIED = Pattern.compile("(?i)\\b(?:have|has)\\s+(?:been\\s+)?(?:killed|died)\\b");
    /** The fewest dead that, counted in the present perfect with no day and no attack, total a war or a campaign. */
    private static final int CAMPAIGN_DEAD = 1000;

    /**
     * "more than 5,500 civilians have been killed ... due to the violence in the country's northeast": thousands
     * counted in the present perfect, in a sentence that names no attack, are a campaign's toll; so is a figure called
     * a total so counted ("The attack is the 12th since the president took office. A total of 109 people have been
     * killed"), of any size.
     */
    private static boolean runningTotal(RawClaim raw) {
        if (raw.value() == null || raw.category() != Category.KILLED
                || raw.value() < CAMPAIGN_DEAD && !totalBefore(raw.view(), raw.first())) {
            return false;
        }
        SentenceView v = raw.view();
        for (int k = 0; k < v.size(); k++) {
            if (Lexicon.EVENT_NOUNS.contains(v.lower(k))) {
                return false; // "the death toll from the bombing has risen to 1,300"
            }
        }
        return HAVE_DIED.matcher(v.text(0, v.size())).find();
    }

    /** Whether "a total of" stands right before the figure at {@code first} (a qualifier between): "a total of 109". */
    private static boolean totalBefore(SentenceView v, int first) {
        for (int k = first - 1; k >= Math.max(2, first - 4); k--) {
            if (v.lower(k).equals("of") && v.lower(k - 1).equals("total") && v.lower(k - 2).equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** Words that join two clauses of one sentence: "... air strikes and 49 were killed in shelling". */
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "while", "whereas", "but", ";");

    /**
     * The clauses of two figures of one sentence when each names a different kind of attack ("84 civilians had been
     * killed in government air strikes and 49 civilians were killed in rebel shelling") or different hands ("84
     * civilians were killed in government airstrikes and 479 in rebel attacks"); null when they share a clause, a
     * kind and hands, or a clause names no kind or a generic one and no hands of its own. The clauses part at the first
     * joining word between the figures; the second ends at the figure {@code after} it in the sentence, if any.
     */
    private static Clause[] coordinated(RawClaim a, RawClaim b, RawClaim after) {
        SentenceView v = b.view();
        if (a.category() != b.category()) {
            return null; // "killed 14 and wounded 26": one attack's dead and wounded
        }
        int join = -1;
        for (int k = a.last(); k < b.first() && join < 0; k++) {
            if (CLAUSE_JOINS.contains(v.lower(k))) {
                join = k; // the first: "killed 10 while the government air strikes and missiles killed 82"
            }
        }
        if (join < 0 || v.isVerb(join + 1)) {
            return null; // "... and killed 12 more": the same subject, the same attack
        }
        int next = after != null && after.first() > b.last() ? after.first() : v.size(); // the clause ends at the next figure
        String firstText = v.text(0, join);
        String secondText = v.text(join + 1, next);
        EventType first = EventTypes.of(firstText);
        EventType second = EventTypes.of(secondText);
        boolean kinds = first != null && second != null && first != second && !generic(first) && !generic(second);
        int s = v.sentence.index();
        return kinds || differentHands(firstText, secondText) ? new Clause[] {new Clause(s, firstText), new Clause(s, secondText)}
                : null;
    }

    /** Whether each of two clauses names who acted, and none the other names: "government airstrikes", "rebel attacks". */
    private static boolean differentHands(String first, String second) {
        List<String> firstHands = Actors.in(first);
        if (firstHands.isEmpty()) {
            return false;
        }
        List<String> secondHands = Actors.in(second);
        return !secondHands.isEmpty() && java.util.Collections.disjoint(firstHands, secondHands);
    }

    /** The part of a sentence that gives one incident's figures. */
    private record Clause(int sentence, String text) {
    }

    /** "attack", "fighting": a kind any weapon's may name as well. */
    private static boolean generic(EventType type) {
        return type == EventType.ATTACK_ON_CIVILIANS || type == EventType.ARMED_CLASH || type == EventType.OTHER;
    }

    /** Victims a figure is said to have died beside: "along with scores of civilians", "as well as their parents". */
    private static final Set<String> MORE_VICTIMS = Set.of("scores", "dozens", "hundreds", "many", "several", "other",
            "others", "civilians", "people", "adults", "women", "men", "their", "his", "her", "parents");

    /**
     * "22 children perished in the attack along with scores of civilians": the figure counts only some of the dead,
     * so it is no figure of all of them.
     */
    private static boolean alongWith(RawClaim raw) {
        SentenceView v = raw.view();
        for (int k = raw.last(); k + 1 < v.size(); k++) {
            boolean with = v.lower(k).equals("along") || v.lower(k).equals("together");
            boolean well = k + 2 < v.size() && v.lower(k).equals("as") && v.lower(k + 1).equals("well") && v.lower(k + 2).equals("as");
            if (with && v.lower(k + 1).equals("with") || well) {
                int from = k + (well ? 3 : 2);
                for (int j = from; j < Math.min(v.size(), from + 3); j++) {
                    if (v.pos(j).equals("CD") || MORE_VICTIMS.contains(v.lower(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "A roadside bomb killed seven children": where an incident's only figures of a category count children
     * or women alone, and only one of the two, they are also its figures of all the dead or wounded, as "24
     * people, including five minors" gives all 24 beside children 5. Not where a figure is said to be part of
     * a larger one ("among the dead were seven children").
     */
    static List<Claim> withTotals(List<Claim> claims, boolean parts) {
        List<Claim> out = new ArrayList<>(claims);
        if (parts) {
            return out;
        }
        for (Category category : Category.values()) {
            Set<Group> groups = new java.util.HashSet<>();
            for (Claim c : claims) {
                if (c.category() == category) {
                    groups.add(c.group());
                }
            }
            if (groups.size() != 1 || !groups.contains(Group.CHILDREN) && !groups.contains(Group.WOMEN)) {
                continue;
            }
            for (Claim c : claims) {
                if (c.category() == category) {
                    out.add(new Claim(c.source(), category, Group.ALL, c.value(), c.qualifier(), c.evidence(), c.start(), c.end()));
                }
            }
        }
        return out;
    }

    /** Whether a sentence's place is a region, as {@link #context} writes one: "Hajja province". */
    private static boolean region(String place) {
        int last = place.lastIndexOf(' ');
        return last > 0 && PlaceNames.isRegionWord(place.substring(last + 1));
    }

    /** Whether a name as the tagger found it ends in a region word, of any case: "Idlib Province", "Hajja province". */
    private static boolean regionNamed(String place) {
        return region(place.toLowerCase(Locale.ROOT));
    }

    private static boolean samePlace(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    private static IncidentMention incident(AnnotatedArticle article, List<SentenceView> views, List<Context> contexts,
                                            Draft d, int index, String articleCountry, Set<Integer> figured) {
        String text = article.text();
        StringBuilder own = new StringBuilder();
        StringBuilder figures = new StringBuilder(); // the sentences of its figures, which say best what killed them
        Set<Integer> figureSentences = new java.util.HashSet<>();
        d.claims.forEach(f -> figureSentences.add(f.raw().view().sentence.index()));
        for (int s : d.sentences) {
            String said = d.clause != null && d.clause.sentence() == s ? d.clause.text() : views.get(s).sentence.text(text);
            own.append(said).append('\n');
            if (figureSentences.contains(s)) {
                figures.append(said).append('\n');
            }
        }
        StringBuilder lead = new StringBuilder();
        if (article.article().title() != null) {
            lead.append(article.article().title()).append('\n');
        }
        for (int s : article.lead(LEAD_SENTENCES)) {
            if (d.sentences.contains(s) || !figured.contains(s)) { // not a sentence of another incident's figures
                lead.append(views.get(s).sentence.text(text)).append('\n');
            }
        }
        boolean main = index == 0;
        // the lead tells of the news's attack, not of a war's toll or an attack of long ago told first ("more than 5,500
        // civilians have been killed" below a lead of air raids on a forest): neither its kind nor its attackers
        boolean leads = main && !d.background;
        // "Rebels fired rockets and mortars into the town, killing two civilians ... the latest attack complicates the work
        // of the military, while carrying out air strikes": the weapon that killed is the figure's sentence's; another
        // sentence of the incident names a kind only where that sentence names none, or one the other's refines (a bare
        // attack; a blast a suicide bomber's; a missile an air strike's), but not mortars or artillery into an air strike
        String figuresText = figures.toString();
        EventType type = EventTypes.of(figuresText);
        EventType ofAll = EventTypes.of(own.toString());
        boolean fromGround = type == EventType.SHELLING_ARTILLERY_MISSILE && EventTypes.groundFire(figuresText);
        if (type == null || ofAll != null && EventTypes.refines(ofAll, type) && !fromGround) {
            type = ofAll;
        }
        if (leads) {
            // the lead names the main event most precisely: "truck bomb" in a sentence, "suicide bomber" in the lead
            EventType fromLead = EventTypes.of(lead.toString());
            boolean fromAbove = fromLead == EventType.AIR_STRIKE || fromLead == EventType.DRONE_STRIKE
                    || fromLead == EventType.SHELLING_ARTILLERY_MISSILE;
            if (type == null || fromLead != null && fromLead.ordinal() < type.ordinal() && EventTypes.refines(fromLead, type) && !fromGround
                    || fromAbove && EventTypes.onlyExplosion(own.toString())) {
                // "after the Arab coalition launched two air strikes on his home ... during the bombing, which killed
                // three guards": the blast of the strike
                type = fromLead;
            }
        }
        if (type == null || generic(type) && d.claims.stream().allMatch(f -> thousandsKilled(f.raw()))) {
            // "a long line of horrific attacks in Yemen, where a grinding civil war has killed thousands": a war's
            // toll is of no one kind of attack
            type = EventType.OTHER;
        }
        LocalDate date = d.date;
        String place = d.place;
        String country = d.country;
        for (int s : d.sentences) {
            // "rocked the city": the town the sentences before named, where its own sentences name none (not for
            // grouping: "the city" does not tell one attack from another)
            if (place == null) {
                place = contexts.get(s).townBefore();
            }
        }
        if (d.vague && d.dateFromReport) {
            date = null; // "the toll of last week's bombing has risen to 358, the ministers said on Friday"
        }
        if (main) {
            LocalDate docDate = article.documentDate();
            // a main incident of long ago or of a war's toll ("over a February 2012 riot in Port Said that cost the
            // lives of more than 70 people. Tuesday's verdict came ..."): the lead's day is the news's, not its own
            boolean dateable = !d.vague && !d.background;
            boolean weak = dateable && (date == null || d.dateFromReport);
            boolean datelineOnly = d.datelineOnly;
            boolean seat = d.seat;
            for (int s : article.lead(LEAD_SENTENCES + 2)) {
                if (!weak && place != null && !seat) {
                    break;
                }
                Context c = contexts.get(s);
                // the lead's own day of the event beats the day a source spoke, and the dateline (not another
                // incident's: "Warplanes also killed 16 civilians yesterday")
                boolean others = figured.contains(s) && !d.sentences.contains(s) && c.alsoStruck();
                if (weak && c.date() != null && !c.background() && (!c.reportDate() || date == null) && !others
                        && c.violent()) {
                    date = c.date();
                    weak = c.reportDate() || c.date().equals(docDate);
                    datelineOnly = c.datelineOnly();
                }
                if (place == null && c.place() != null && !c.background()) { // not "in Homs last year"
                    place = c.place();
                }
                if (seat && c.place() != null && !c.background() && !c.seat() && !d.sentences.contains(s)
                        && !figured.contains(s)) {
                    // "A Saudi-led air strike hit a market in Mastaba ... Officials in Sanaa told Reuters that at least
                    // 40 people were killed": where the lead puts the attack, not where a source of its figures spoke from
                    place = c.place();
                    seat = false;
                }
            }
            weak |= dateable && datelineOnly; // the dateline's day, unless the story binds another to the attack
            for (int s = 0; s < views.size() && weak; s++) {
                // "... hit by direct airstrike on Wednesday," an MSF account said: the day the story binds to an
                // attack, further down, in a sentence that gives no other incident's figure
                Context c = contexts.get(s);
                if (c.eventDay() != null && !c.background() && (d.sentences.contains(s) || !figured.contains(s))) {
                    date = c.eventDay();
                    weak = false;
                }
            }
            if (date == null && dateable && article.article().published() == null && docDate != null) {
                // "18-12-2014 ISIL Kills 20 FSA Members": the dateline at the head of the text, which the time
                // tagger did not read as a date, as a dateline it reads gives it
                date = docDate;
            }
        }
        if (country == null) {
            country = articleCountry;
        }
        List<String> perpetrators = new ArrayList<>(Actors.in(own.toString()));
        if (leads && perpetrators.isEmpty()) {
            perpetrators.addAll(Actors.in(lead.toString()));
        }
        if (leads && perpetrators.isEmpty()) {
            perpetrators.addAll(Actors.responsibleForMainIn(text)); // "al-Shabab was blamed for Saturday's blasts", far below
        }
        int next = d.sentences.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (int k = next; !main && perpetrators.isEmpty() && k > 0 && k < Math.min(views.size(), next + FOLLOWING); k++) {
            // "a roadside bombing killed the police chief. Another officer was wounded. The governor blamed the
            // Taliban for planting the bomb."
            perpetrators.addAll(Actors.responsibleIn(views.get(k).sentence.text(text)));
        }
        if (perpetrators.isEmpty() && type != EventType.AIR_STRIKE && type != EventType.DRONE_STRIKE) {
            // bombings, raids and massacres are mostly the work of armed groups the story names
            perpetrators.addAll(Actors.groupsIn(own.toString()));
            if (perpetrators.isEmpty() && leads) {
                perpetrators.addAll(Actors.groupsIn(lead.toString()));
            }
        }
        if (perpetrators.isEmpty() && (type == EventType.AIR_STRIKE || type == EventType.DRONE_STRIKE)) {
            for (Found f : d.claims) {
                // "“The airstrike killed more than 30 Taliban fighters,” Ministry of Defense spokesman Mohammad Radmanish
                // told Al Jazeera": the strike of the state whose military counts the enemy it killed
                if (f.raw().category() == Category.KILLED && f.raw().group() == Group.COMBATANTS && f.raw().value() != null
                        && Actors.ownMilitarySpeaks(f.raw().view().sentence.text(text))) {
                    perpetrators.add(Actors.OWN_GOVERNMENT);
                    break;
                }
            }
        }
        if (country == null) {
            country = Actors.homeCountry(perpetrators); // a story that names no country, but an actor of one
        }
        boolean disputed = perpetrators.size() > 1 && (DENIAL.matcher(own.toString() + lead).find() || Actors.eitherIn(text));
        if (main && !perpetrators.isEmpty()) {
            // "It is still uncertain who was behind the air strike - Syria's armed forces quickly denied reports that it
            // targeted the hospital, while Russia has always denied targeting civilian targets": suspects beside the one named
            for (String suspect : Actors.denyingIn(text)) {
                if (!perpetrators.contains(suspect)) {
                    perpetrators.add(suspect);
                    disputed = true;
                }
            }
        }
        List<Claim> claims = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Found f : d.claims) {
            Sentence s = f.raw().view().sentence;
            int start = s.start();
            int end = s.end();
            // one claim per source, category, group and figure (GUIDE): the story's lead and its body giving the
            // same count, the first evidence kept; but "One aide was killed as well" counts others
            String key = f.raw().category() + "|" + f.raw().group() + "|" + f.raw().value() + "|" + f.source()
                    + (FURTHER_COUNT.matcher(text).region(start, end).find() ? "|" + s.index() : "");
            if (seen.add(key)) {
                claims.add(new Claim(f.source(), f.raw().category(), f.raw().group(), f.raw().value(), f.raw().qualifier(),
                        text.substring(start, end), start, end));
            }
        }
        claims = withTotals(claims, d.claims.stream().anyMatch(f -> f.raw().part() || alongWith(f.raw())));
        GeoPrecision precision = place != null ? GeoPrecision.CITY : country != null ? GeoPrecision.COUNTRY : null;
        String location = place != null ? place : country != null ? Countries.name(country) : null;
        // "since June 6": the span from that day to the report's (GUIDE: cumulative tolls span their period)
        LocalDate end = date != null && date.equals(d.date) && d.until != null && d.until.isAfter(date) ? d.until : date;
        return new IncidentMention(article.article().id() + "/" + (index + 1), type, date, end, location, null, country,
                null, null, precision, perpetrators, disputed, claims);
    }

}
