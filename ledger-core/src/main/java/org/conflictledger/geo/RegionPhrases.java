package org.conflictledger.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.Countries;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.PlaceNames;
import org.conflictledger.model.WordNet;

/**
 * First-level divisions a text names with their division word ("Borno State", "Nangarhar Province", "Kwale
 * county", "Ganjuwa Local Government Area of Bauchi State"): places by their very wording, wherever the tagger
 * put them (an organisation's name, a person's, none), and as sure a sign of a story's country as the
 * country's own name. Read from the text, not from the tagger's mentions.
 *
 * <p>A phrase counts only when the gazetteer resolves it to a first-level division whose own name carries a
 * division word of the same kind: "state" for a state ("Kaduna state", not "a Gulf state", whose namesake is
 * Papua New Guinea's Gulf Province), "province", "governorate" or "region" for the others ("Idlib province" for
 * Idlib Governorate). Not a name made only of English adjectives or directions ("Central Region", "Free State",
 * "Eastern Province", found in many countries), a demonym ("the Kurdish region"), nor a province an armed group
 * gives itself ("the Islamic State's Khorasan Province"); nor another country's namesake of a region a country's
 * possessive names ("Iraq's Kurdistan region" is not Iran's Kurdistan Province).
 *
 * <p>The division word may come first: "the south-eastern province of al-Baydha", "the state of Borno".
 *
 * <p>A district written with its division word ("Tank district", "Maywand District", "Jos South Local Government
 * Area", "Konduga LGA") is found too, as the gazetteer's district of that name, in the article's countries when it
 * names any.
 */
final class RegionPhrases {
    /**
     * A phrase found: the name with its division word as written (words joined by single spaces), where it is
     * written, and the division it resolved to.
     */
    record Found(String name, int start, int end, Place place) {
        /** Whether the division word is Nigeria's "Local Government Area" ("LGA"), a sign of the country as sure as its name. */
        boolean localGovernmentArea() {
            return Divisions.localGovernmentAreaWords(NameKeys.words(name)) > 0;
        }
    }

    /** At most this many phrases are found, and ten times as many looked up, per text: hostile text may repeat one without end. */
    private static final int MAX_FOUND = 200;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern WORD_GAPS = Pattern.compile("\\s+");
    /** One to three capitalised words, each possibly after an Arabic article ("Deir al-Zor"), then a division word. */
    private static final Pattern PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}'\u2019-])((?:(?:" + RegionPhrases.ARTICLE + ")?\\p{Lu}[\\p{L}'\u2019]*+(?:-\\p{L}++)*+\\s+){1,3})"
            + "(State|state|Province|province|Governorate|governorate|Region|region|County|county|District|district"
            + "|Local\\s+Government\\s+Area|local\\s+government\\s+area|LGA)\\b");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?i)" + RegionPhrases.ARTICLE);
    /** An Arabic article written before a name: "al-", "ash-", "az-". */
    private static final String ARTICLE = "(?:al|el|ar|as|ad|ash|az|ez|an|at)-";
    /**
     * "the south-eastern province of al-Baydha", "the state of Borno": the division word before the name, which is one
     * to three capitalised words, possibly after an Arabic article. Not a capitalised "State of" (the Islamic State of
     * Iraq).
     */
    private static final Pattern PHRASE_OF = Pattern.compile(
            "\\b(state|Province|province|Governorate|governorate|region)\\s+of\\s+(?:the\\s+)?((?:" + ARTICLE
            + ")?\\p{Lu}[\\p{L}'\u2019]*+(?:[- ](?:" + ARTICLE + ")?\\p{Lu}[\\p{L}'\u2019]*+){0,2})");
    /** Capitalised words that open a sentence or a clause and are no part of a name. */
    private static final Set<String> NOT_NAME = Set.of("the", "in", "a", "an", "of", "at", "from", "to", "and", "on",
            "for", "by", "near", "across", "into", "with", "this", "that", "his", "her", "their", "its", "neighbouring",
            "neighboring", "restive", "troubled", "northeastern", "northwestern", "southeastern", "southwestern");
    /** "the Islamic State's Khorasan Province", "Islamic State West Africa Province": an armed group's province. */
    private static final Pattern GROUP_BEFORE = Pattern.compile(
            "(?:Islamic\\s+State|\\bISI[SL]|\\bIS|Daesh)(?:['\u2019]s)?\\s+(?:in\\s+(?:the\\s+)?)?$");

    private RegionPhrases() {
    }

    /**
     * The division phrases of a text, in order of position.
     *
     * @param text the article's text
     * @param gazetteer resolves each phrase
     * @param context the countries the article names (alpha-2), most named first; a phrase is read in them first
     */
    static List<Found> in(String text, Gazetteer gazetteer, List<String> context) {
        List<Found> out = new ArrayList<>();
        Matcher x = PHRASE.matcher(text);
        for (int read = 0; x.find() && out.size() < MAX_FOUND && read < 10 * MAX_FOUND; read++) {
            List<String> words = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (Matcher w = WORD.matcher(text).region(x.start(1), x.end(1)); w.find(); ) {
                words.add(w.group());
                starts.add(w.start());
            }
            int from = 0;
            while (from < words.size() && NOT_NAME.contains(words.get(from).toLowerCase(Locale.ROOT))) {
                from++;
            }
            String division = x.group(2);
            for (int i = from; i < words.size(); i++) { // the longest name that resolves: "Cross River State"
                String bare = String.join(" ", words.subList(i, words.size()));
                int start = starts.get(i);
                if (generic(bare) || GROUP_BEFORE.matcher(text).region(Math.max(0, start - 40), start).find()) {
                    continue;
                }
                Place p = division(gazetteer, bare + " " + division, division, context);
                if (p != null && !otherCountryBefore(text, start, p)) {
                    out.add(new Found(bare + " " + division, start, x.end(), p));
                    break;
                }
            }
        }
        Matcher of = PHRASE_OF.matcher(text);
        for (int read = 0; of.find() && out.size() < MAX_FOUND && read < 10 * MAX_FOUND; read++) {
            String division = of.group(1);
            String[] words = of.group(2).split(" ");
            for (int n = words.length; n > 0; n--) { // the longest name that resolves: "the state of Cross River"
                String bare = String.join(" ", List.of(words).subList(0, n));
                Place p = generic(bare) ? null : division(gazetteer, bare + " " + division, division, context);
                if (p != null && !otherCountryBefore(text, of.start(), p)) {
                    int end = of.start(2) + bare.length();
                    out.add(new Found(WORD_GAPS.matcher(text.substring(of.start(), end)).replaceAll(" "), of.start(), end, p));
                    break;
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /** "Iraq's usually peaceful Kurdistan region": a country's own region, not Iran's Kurdistan Province. */
    private static final Pattern COUNTRY_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.]*+)['\u2019]s\\s+(?:[a-z-]++\\s+){0,3}$");

    /**
     * Whether a place's name is written, somewhere in the text, after another country's name in the possessive than
     * the place's ("Iraq's usually peaceful Kurdistan region" for Iran's Kurdistan Province).
     */
    static boolean otherCountryBefore(String text, String name, Place p) {
        for (int at = text.indexOf(name), n = 0; at >= 0 && n < MAX_FOUND; at = text.indexOf(name, at + 1), n++) {
            if (otherCountryBefore(text, at, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase at {@code start} follows another country's name in the possessive than the place's. */
    private static boolean otherCountryBefore(String text, int start, Place p) {
        Matcher x = COUNTRY_BEFORE.matcher(text).region(Math.max(0, start - 60), start);
        if (!x.find()) {
            return false;
        }
        String cc = Countries.byName(x.group(1));
        return cc != null && !cc.equals(p.country());
    }

    /** Directions, adjectives and demonyms only: "Central", "Northern", "Free", "Kurdish". */
    private static boolean generic(String bare) {
        for (String w : bare.split("\\s+")) {
            if (!PlaceNames.isDirection(w.toLowerCase(Locale.ROOT)) && !WordNet.describesPeople(w)
                    && Countries.byNameOrDemonym(w) == null) {
                return false;
            }
        }
        return true;
    }

    /** The first-level division the phrase names, read in the context countries first, then anywhere; or null. */
    private static Place division(Gazetteer gazetteer, String phrase, String division, List<String> context) {
        if (division.equalsIgnoreCase("district") || Divisions.localGovernmentAreaWords(NameKeys.words(division)) > 0) {
            // a second-level division: "Tank district", "Maywand District", "Jos South Local Government Area" (Nigeria's,
            // "LGA"); named the same as the gazetteer's
            Place p = gazetteer.resolve(phrase, context).orElse(null);
            return p != null && p.precision() == GeoPrecision.DISTRICT && (context.isEmpty() || context.contains(p.country()))
                    ? p : null;
        }
        Place p = gazetteer.division(phrase, context).orElse(null);
        // a name written with an Arabic article is of a country the story names: "al-Malaah region" in a Syrian story is
        // no Turkish province the loose spelling finds
        boolean arabic = ARABIC_ARTICLE.matcher(phrase).lookingAt();
        if (!matches(p, division) && !context.isEmpty() && !arabic) {
            p = gazetteer.division(phrase, List.of()).orElse(null);
        }
        return matches(p, division) && !(arabic && !context.isEmpty() && !context.contains(p.country())) ? p : null;
    }

    /**
     * A first-level division whose own name has no division word ("Rakhine", "Pattani") or one of the written one's
     * kind (see the class comment).
     */
    private static boolean matches(Place p, String division) {
        if (p == null || p.precision() != GeoPrecision.REGION || p.admin1() == null) {
            return false;
        }
        String own = kind(p.admin1().substring(p.admin1().lastIndexOf(' ') + 1));
        return own == null || own.equals(kind(division));
    }

    /** "state", "county" or "province" (for a province, governorate, region and the like), or null for no division word. */
    private static String kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "state", "county" -> w;
            case "province", "governorate", "region", "prefecture", "oblast", "department", "division", "territory" -> "province";
            default -> null;
        };
    }
}
