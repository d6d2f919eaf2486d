package org.conflictledger.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictledger.model.Countries;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.PlaceNames;
import org.conflictledger.model.WordNet;

/**
 * Names who gave a figure: "X said", "said X", "according to X", "X told Reuters"; else the reporter.
 * One finder serves one article and remembers its names, so that "SOHR", "the Observatory" and
 * "the UK-based group" resolve to the name the article first gave in full.
 */
final class SourceFinder {
    static final String REPORTER = "reporter";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "who", "which");
    private static final Set<String> GENERIC_HEADS = Set.of("group", "monitor", "organisation", "organization",
            "watchdog", "agency", "body", "observatory", "network", "charity", "ministry", "office", "spokesman",
            "spokeswoman", "spokesperson", "official");
    /** What a body puts out: after a proper name, that name is who spoke ("Saba reports", "a SANA statement"). */
    private static final Set<String> MEDIA_HEADS = Set.of("report", "reports", "statement", "statements");
    /** Heads that name a medium or a thing, not who spoke: "a statement said", "reports say". */
    private static final Set<String> NOT_SOURCES = Set.of("statement", "statements", "report", "reports", "video",
            "footage", "bodies", "injuries", "casualties", "deaths", "fatalities", "attack", "attacks", "toll", "figures",
            "figure", "tally", "count", "data", "photos", "images", "strike", "strikes", "bombing", "blast", "explosion",
            "that", "this", "which", "what", "there", "people", "civilians", "children", "women", "number", "post", "tweet", "message",
            // a state or a circumstance: "in critical condition", "on condition of anonymity", "on the ground"
            "condition", "anonymity", "ground", "information", "fighting",
            // one of two named before: "with the former accusing the HDP"
            "former", "latter", "lives", "life");
    /** Heads that name a place, not who spoke, unless a preposition follows the speaker: "a doctor in Kunduz city". */
    private static final Set<String> PLACE_HEADS = Set.of("province", "city", "town", "village", "suburb", "suburbs",
            "countryside", "area", "areas", "district", "neighbourhood", "neighborhood", "country", "countrys", "region",
            "capital", "east", "west", "north", "south");
    private static final Set<String> SKIP_BEFORE_VERB = Set.of("also", "later", "earlier", "has", "have", "had", "was",
            "were", "is", "are", "previously", "then", "separately", "further", "reportedly", "would", "will", "did");
    private static final Set<String> CLOSED = Set.of(",", ".", "``", "''", "\"", "“", "”", "-lrb-", "-rrb-", "(", ")", ";",
            ":", "--", "\u2014", "\u2013");

    /** One organisation's names in other languages (lower case), to the name used in English. */
    private static final Map<String, String> KNOWN = Map.of(
            "medecins sans frontieres", "Doctors Without Borders (MSF)",
            "médecins sans frontières", "Doctors Without Borders (MSF)",
            "doctors without borders", "Doctors Without Borders (MSF)");

    /** Canonical names by alias (lower case): acronyms in brackets, full names. */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final List<String> organisations = new ArrayList<>();
    private final List<SentenceView> sentences;
    private String last;
    /** The speakers named so far, in the name each was first given. */
    private final List<String> speakers = new ArrayList<>();
    /** Words inside a proper name that are no part of what tells it apart. */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "the", "and", "on", "al", "el");
    /** Words after a name that say what it is: "the Saba news agency", "the Amaq news agency". */
    private static final Set<String> OUTLET_WORDS = Set.of("news", "agency", "channel", "television", "radio", "newspaper");
    /** How many pronouns' speakers are being looked for in the sentences before, one within another. */
    private int lookingBack;
    /** How far one "he said" may be read through the "he said" before it. */
    private static final int MAX_LOOK_BACK = 3;

    SourceFinder(List<SentenceView> sentences) {
        this.sentences = sentences;
        for (SentenceView v : sentences) {
            for (EntityMention m : v.mentionsOf(EntityType.ORGANIZATION)) {
                String name = orgName(v, m);
                organisations.add(name);
                // "the Syrian Observatory for Human Rights (SOHR)"
                if (v.lower(m.lastToken()).equals("(") || v.lower(m.lastToken()).equals("-lrb-")) {
                    String acr = v.tokens.size() > m.lastToken() + 1 ? v.tokens.get(m.lastToken() + 1).text() : "";
                    if (acr.length() >= 2 && acr.equals(acr.toUpperCase(Locale.ROOT))) {
                        aliases.putIfAbsent(acr.toLowerCase(Locale.ROOT), name);
                    }
                }
                String acronym = acronym(name);
                if (acronym.length() >= 3) {
                    aliases.putIfAbsent(acronym.toLowerCase(Locale.ROOT), name);
                }
            }
        }
    }

    /** The source of a figure in the sentence at token {@code at}. */
    String sourceOf(SentenceView v, int at) {
        String elided = elidedSpeaker(v, at);
        String s = elided != null ? elided : speaker(v, at);
        // "“We have so far lost 15 people. People moved out,” he added.": the speaker is named where the quote ends
        for (int k = v.sentence.index() + 1; s == null && quoted(v) && k < Math.min(sentences.size(), v.sentence.index() + 3); k++) {
            SentenceView next = sentences.get(k);
            s = speakerClosingQuote(next);
            if (!quoted(next)) {
                break;
            }
        }
        if (s == null && opensQuote(v) && v.sentence.index() > 0) {
            // "“The airstrike killed more than 30 Taliban fighters,” he said. “No civilians were present.”": a quote
            // after a quote goes on in the same voice
            s = speakerClosingQuote(sentences.get(v.sentence.index() - 1));
        }
        if (s == null) {
            return REPORTER;
        }
        last = named(known(s));
        return last;
    }

    /**
     * The name a speaker was first given in the article when this one is that name cut short or that name with more
     * words ("the Saba news agency" ... "Saba said"; "Rami Abdel Rahman" ... "Abdel Rahman"), so that one source keeps
     * one name; else the name itself, remembered. The shorter name must be a proper name: "officials" is not "US
     * officials".
     */
    private String named(String speaker) {
        Set<String> words = nameWords(speaker);
        for (String earlier : words == null ? List.<String>of() : speakers) {
            Set<String> other = nameWords(earlier);
            if (other != null && (other.containsAll(words) || words.containsAll(other))) {
                return earlier;
            }
        }
        speakers.add(speaker);
        return speaker;
    }

    /**
     * The lower-case words of a proper name, or null when it is none: a word in lower case other than a joining word
     * ("for", "of") or an outlet's ("news agency") makes it a description, such as "officials".
     */
    private static Set<String> nameWords(String name) {
        Set<String> words = new HashSet<>();
        for (String w : name.split("[\\s\\-]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || NAME_JOINERS.contains(lower)) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                if (!OUTLET_WORDS.contains(lower)) {
                    return null;
                }
                continue;
            }
            words.add(lower);
        }
        return words.isEmpty() ? null : words;
    }

    /**
     * "AFP puts deaths at 18, BBC at 16": a second speaker of the same verb, which the sentence leaves out, named before
     * "at" and the figure at {@code at} after a comma or "and"; null when there is none.
     */
    private static String elidedSpeaker(SentenceView v, int at) {
        if (at < 3 || !v.lower(at - 1).equals("at")) {
            return null;
        }
        int end = at - 1;
        int start = end;
        while (start > 0 && v.pos(start - 1).startsWith("NNP")) {
            start--;
        }
        if (start == end || start < 1 || !v.lower(start - 1).equals(",") && !v.lower(start - 1).equals("and")) {
            return null;
        }
        return text(v, start, end);
    }

    /** Who the sentence says speaks, nearest token {@code at}: "according to X", else a reporting verb's subject; or null. */
    private String speaker(SentenceView v, int at) {
        String s = according(v);
        return s != null ? s : reportingVerb(v, at);
    }

    /** A speaker under its canonical name when it is a known one. */
    private static String known(String speaker) {
        return KNOWN.getOrDefault(speaker.toLowerCase(Locale.ROOT), speaker);
    }

    /** News outlets and wire agencies, which relay figures rather than give them. */
    private static final Pattern OUTLET = Pattern.compile(
            "(?i).*\\b(news|agency|press|reuters|afp|ap|associated press|bbc|cnn|al jazeera|aljazeera|efe|xinhua|"
                    + "anadolu|dpa|tv|television|radio|channel|newspaper|daily|times|post|guardian)\\b.*");

    /** True when a "but" or ";" stands between tokens a and b: the verb speaks for another clause. */
    private static boolean crossesClause(SentenceView v, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (v.lower(k).equals("but") || v.lower(k).equals(";") || v.lower(k).equals("while") || v.lower(k).equals("whereas")) {
                return true;
            }
        }
        return false;
    }

    static boolean isOutlet(String source) {
        return OUTLET.matcher(source).matches();
    }

    /**
     * True when the verb at i follows a closing quote, with only its speaker's name between: `”, he added`, `," Zira
     * said`, `,” Ministry of Defense spokesman Mohammad Radmanish told`.
     */
    private static boolean closesQuote(SentenceView v, int i) {
        for (int k = i - 1; k >= Math.max(0, i - QUOTE_TO_VERB); k--) {
            String w = v.lower(k);
            if (w.equals("''") || w.equals("”") || w.equals("\"")) {
                return true;
            }
            if (v.isVerb(k)) {
                return false;
            }
        }
        return false;
    }

    /** The aside between a pair of dashes or brackets that holds token k, as [open, close], or null. */
    private static int[] aside(SentenceView v, int k) {
        for (int open = k - 1; open >= 0; open--) {
            String w = v.lower(open);
            if (w.equals(")") || w.equals("-rrb-")) {
                return null;
            }
            boolean bracket = w.equals("(") || w.equals("-lrb-");
            if (bracket || DASHES.contains(w)) {
                for (int close = k + 1; close < v.size(); close++) {
                    String c = v.lower(close);
                    if (bracket ? c.equals(")") || c.equals("-rrb-") : DASHES.contains(c)) {
                        return new int[] {open, close};
                    }
                    if (c.equals("(") || c.equals("-lrb-")) {
                        return null; // another bracket opens first: no aside that holds k alone
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Tokens that open a quotation. */
    private static final Set<String> OPENING_QUOTES = Set.of("``", "\u201c", "\"");

    /** Dashes that set off an aside: "--", an em dash, an en dash between spaces. */
    private static final Set<String> DASHES = Set.of("--", "\u2014", "\u2013");

    /** How far after a closing quote its reporting verb may stand: a speaker's title and name. */
    private static final int QUOTE_TO_VERB = 10;

    /** Who a sentence names as speaking where a quote in it closes (`”, he added`, `," Zira said`), or null. */
    private String speakerClosingQuote(SentenceView w) {
        for (int i = 1; i < w.size(); i++) {
            if (w.isVerb(i) && Lexicon.REPORT_VERBS.contains(w.lemma(i)) && closesQuote(w, i)) {
                String speaker = reportingVerb(w, i);
                if (speaker != null) {
                    return speaker;
                }
            }
        }
        return null;
    }

    /** True when the sentence opens with a quotation mark. */
    private static boolean opensQuote(SentenceView v) {
        String w = v.lower(0);
        return w.equals("``") || w.equals("“") || w.equals("\"");
    }

    private static boolean quoted(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            String w = v.lower(i);
            if (w.equals("``") || w.equals("“") || w.equals("\"") || w.equals("''") || w.equals("”")) {
                return true;
            }
        }
        return false;
    }

    private String according(SentenceView v) {
        for (int i = 0; i + 1 < v.size(); i++) {
            if (v.lower(i).equals("according") && v.lower(i + 1).equals("to")) {
                String s = phraseAfter(v, i + 2);
                if (s != null) {
                    return s;
                }
                int by = v.find(i + 2, i + 8, "from", "by", "of");
                return by > 0 ? phraseAfter(v, by + 1) : null;
            }
        }
        return null;
    }

    private String reportingVerb(SentenceView v, int at) {
        Nearest nearest = new Nearest();
        int[] atAside = aside(v, at);
        boolean asideSpeaks = false;
        for (int k = atAside == null ? 0 : atAside[0] + 1; atAside != null && k < atAside[1]; k++) {
            asideSpeaks |= v.isVerb(k) && Lexicon.REPORT_VERBS.contains(v.lemma(k));
        }
        String quoted = null; // "Jawari was quoted by al-Mosuliliya channel ... saying": who was quoted
        for (int i = 0; i < v.size(); i++) {
            if (!v.isVerb(i) || !Lexicon.REPORT_VERBS.contains(v.lemma(i)) && !revisesToll(v, i)) {
                continue;
            }
            int[] verbAside = aside(v, i);
            if (verbAside != null && (atAside == null || verbAside[0] != atAside[0]) || verbAside == null && asideSpeaks) {
                // "killing six people -- a local source says 36 killed -- and burning many houses, police said": a
                // verb inside dashes or brackets speaks for the figures there only, and where one does, a verb outside
                // speaks for none of them ("30 people (including 10 children), officials said" is the officials' still)
                continue;
            }
            String lem = v.lemma(i);
            if ((lem.equals("quote") || lem.equals("cite")) && v.pos(i).equals("VBN") && v.lower(i + 1).equals("by")
                    && i > 0 && v.lemma(i - 1).equals("be")) {
                quoted = phraseBefore(v, i); // the medium after "by" relays; the quoted one speaks
            }
            if (quoted != null) {
                nearest.offer(quoted, Math.abs(i - at));
                continue;
            }
            if (lem.equals("claim") && (v.lower(i + 1).equals("the") || v.lower(i + 1).equals("responsibility") || livesAfter(v, i)
                    || v.pos(i).equals("VBN") && v.lower(i + 1).equals("by"))
                    || lem.equals("add") && v.lower(i + 1).equals("to")
                    || lem.equals("accuse") && v.pos(i).equals("VBN") && v.lower(i + 1).equals("of")) {
                // "claimed responsibility", "claimed 17 lives", "a blast that killed 57 and was claimed by IS" (its authors),
                // "the violence adds to tension", "two police officers accused of contributing to the deaths": no one
                // speaks, or the accused
                continue;
            }
            if ((lem.equals("put") || lem.equals("count") || lem.equals("record")) && i > at) {
                continue;
            }
            if (v.pos(i).equals("VBG") && reportedBefore(v, i) && (v.lower(i - 1).equals(",") || !canSpeak(v, i - 1))) {
                // "the WHO said on Wednesday, putting the death toll at 70", "SOHR also reported the incident putting the
                // number at 13": the speaker of the verb before, not its object (but "said the source noting" speaks)
                continue;
            }
            if (at < i && ofLaterClause(v, i, at)) {
                continue; // "killing more than 40 people hours after the US and Russia announced a deal": another deed
            }
            int subject = subjectEnd(v, i) - 1;
            if (subject > 0 && THIRD_PERSON.contains(v.lower(subject)) && reportedBefore(v, i)) {
                continue; // "Aden Nur, a doctor, said they had recorded 258 deaths": the speaker's figure
            }
            if (v.pos(i).equals("VBN") && v.lower(i + 1).equals("by")) {
                String agent = phraseAfter(v, i + 2); // "SOHR activists were informed by civil and medical sources"
                if (agent != null) {
                    nearest.offer(agent, Math.abs(i - at));
                    continue;
                }
            }
            boolean quotedAs = (lem.equals("quote") || lem.equals("cite")) && v.lower(i + 1).equals("as");
            if (v.pos(i).equals("VBN") && passive(v, i) && !quotedAs || nounBeforeReport(v, i) || toldOf(v, i)) {
                // "A US citizen and two Indian nationals are reported to be among five people killed": the subject of
                // a passive is what is told, not who tells (but "Barazi was quoted as saying" speaks); "..., reports on
                // Thursday said": the tagger's verb is a noun
                continue;
            }
            // "..., said the UK-based group": after a comma or quote the speaker follows the verb
            boolean inverted = (i == 0 || CLOSED.contains(v.lower(i - 1))) && !lem.equals("tell") && !clauseAfter(v, i);
            // "... attacks targeting a shrine in the suburbs of Damascus said the Syrian Observatory for Human Rights":
            // text without commas, a named organisation right after the verb and no clause of its own
            boolean orgAfter = !inverted && (lem.equals("say") || lem.equals("report")) && at < i
                    && (v.ner(i + 1) == EntityType.ORGANIZATION || v.ner(i + 1) == EntityType.PERSON
                    || v.pos(i + 1).equals("DT") && v.ner(i + 2) == EntityType.ORGANIZATION) && !clauseAfter(v, i)
                    && (v.ner(i - 1) == EntityType.LOCATION || phraseBefore(v, i) == null);
            int first = inverted || orgAfter ? -1 : firstOfPair(v, i);
            String s = inverted || orgAfter ? phraseAfter(v, i + 1) : phraseBefore(v, first >= 0 ? first : i);
            if (s == null && (inverted || orgAfter)) {
                s = phraseBefore(v, i);
            }
            if (s != null && !inverted && !orgAfter && s.equals(dayBefore(v, i))) {
                // "... was foiled Saturday morning said the frontline commander" (commas lost): the day is no speaker
                String after = phraseAfter(v, i + 1);
                s = after != null ? after : s;
            }
            if (s != null) {
                // "..., reports Efe news": an outlet relaying the figure yields to the source it relays
                nearest.offer(s, Math.abs(i - at) + (isOutlet(s) && i > at ? 1000 : 0) + (crossesClause(v, i, at) ? 100 : 0));
            }
        }
        return nearest.source;
    }

    /** Words that open a clause of time, whose reporting verb tells of another deed than the figure before it. */
    private static final Set<String> TIME_CLAUSE = Set.of("after", "before", "until", "when", "once");

    /**
     * True when the reporting verb at {@code verb}, after the figure at {@code at}, is that of a clause of time whose
     * subject follows the opening word: "... hours after the US and Russia announced a deal"; not "... when a bomb
     * exploded near a market police said", whose subject follows another verb.
     */
    private static boolean ofLaterClause(SentenceView v, int verb, int at) {
        for (int k = verb - 1; k > at; k--) {
            if (TIME_CLAUSE.contains(v.lower(k))) {
                return true;
            }
            if (CLOSED.contains(v.lower(k)) || v.isVerb(k)) {
                return false;
            }
        }
        return false;
    }

    /** The words of a day or time right before token {@code at} ("Saturday morning"), or null. */
    private static String dayBefore(SentenceView v, int at) {
        int j = dayStart(v, at);
        return j < at ? text(v, j, at) : null;
    }

    /** Where the run of day or time words that ends before token {@code end} starts; {@code end} when there is none. */
    private static int dayStart(SentenceView v, int end) {
        int j = end;
        while (j > 0 && (v.ner(j - 1) == EntityType.DATE || v.ner(j - 1) == EntityType.TIME)) {
            j--;
        }
        return j;
    }

    /** Whether a place starts at token {@code k}: "Hajjah", "western Iraq", "the central Hama province", "the city". */
    private static boolean placeAt(SentenceView v, int k) {
        int j = v.lower(k).equals("the") ? k + 1 : k;
        j = PlaceNames.isDirection(v.lower(j)) ? j + 1 : j;
        while (j > k && j + 1 < v.size() && v.pos(j).startsWith("JJ") && !PLACE_HEADS.contains(v.lower(j))) {
            j++; // "the rebel-held east", "the Afghan capital"
        }
        return v.ner(j) == EntityType.LOCATION || j > k && PLACE_HEADS.contains(v.lower(j))
                || j == k && v.ner(j) == EntityType.PERSON && v.pos(j).startsWith("NNP"); // "Activists in Deir Ezzor"
    }

    /** Whether the words before a place's last word are the place's or say where in it: "east Aleppo", "the Kabul". */
    private static boolean placeOnly(SentenceView v, int start, int last) {
        for (int k = start; k < last; k++) {
            if (v.ner(k) != EntityType.LOCATION && !v.pos(k).equals("DT") && !PlaceNames.isDirection(v.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "A medical source at the town hospital confirmed the death toll and said another 25 were wounded": the verb "and"
     * joins the reporting verb at {@code i} to, whose subject is the speaker's; -1 when "and" joins none.
     */
    private static int firstOfPair(SentenceView v, int i) {
        int and = subjectEnd(v, i) - 1;
        if (and < 1 || !v.lower(and).equals("and")) {
            return -1;
        }
        for (int k = and - 1; k >= Math.max(0, and - 8); k--) {
            if (CLOSED.contains(v.lower(k))) {
                return -1;
            }
            if (v.isVerb(k) && !SKIP_BEFORE_VERB.contains(v.lower(k)) && !v.pos(k).equals("VBG") && !v.pos(k).equals("VBN")) {
                return k;
            }
        }
        return -1;
    }

    /** Heads of speakers that WordNet names no person: "the source", "local media". */
    private static final Set<String> SPEAKING_HEADS = Set.of("source", "sources", "media", "police", "army", "military",
            "authority", "authorities", "government", "command");

    /** Whether the word at {@code k} may end the name of one who speaks: a person, an organisation, a source. */
    private static boolean canSpeak(SentenceView v, int k) {
        EntityType t = v.ner(k);
        String w = v.lower(k);
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.MISC || GENERIC_HEADS.contains(w)
                || SPEAKING_HEADS.contains(w) || v.isNoun(k) && WordNet.isPerson(w);
    }

    /** "claimed 17 lives", "claiming the life of": a verb of claiming whose object is lives, no speaker's. */
    private static boolean livesAfter(SentenceView v, int i) {
        return v.find(i + 1, i + 5, "lives", "life") >= 0;
    }

    /** "Armed men said to be loyal to ...", "reported to have killed": a passive whose auxiliary a relative clause left out. */
    private static boolean toldOf(SentenceView v, int i) {
        return v.lower(i + 1).equals("to") && v.pos(i + 2).equals("VB") && (v.lemma(i).equals("say") || v.lemma(i).equals("report"));
    }

    /** Whether a form of "be" stands among the auxiliaries before the participle at {@code verb}: "are reported". */
    private static boolean passive(SentenceView v, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 4); k--) {
            if (v.lemma(k).equals("be")) {
                return true;
            }
            if (!v.pos(k).equals("RB") && !v.pos(k).equals("MD") && !SKIP_BEFORE_VERB.contains(v.lower(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A reporting verb in the third person that a reporting verb follows with only a day or its preposition between
     * ("reports on Thursday said", "reports Thursday said"): a noun the tagger read as a verb, the subject of the next.
     */
    private static boolean nounBeforeReport(SentenceView v, int i) {
        if (!v.pos(i).equals("VBZ")) {
            return false;
        }
        for (int k = i + 1; k < Math.min(v.size(), i + 5); k++) {
            if (v.isVerb(k)) {
                return Lexicon.REPORT_VERBS.contains(v.lemma(k));
            }
            if (!v.pos(k).equals("IN") && !v.pos(k).equals("DT") && v.ner(k) != EntityType.DATE && v.ner(k) != EntityType.TIME) {
                return false;
            }
        }
        return false;
    }

    /** Pronouns that, as the subject of a clause a speaker reports, stand for the speaker's side. */
    private static final Set<String> THIRD_PERSON = Set.of("they", "he", "she", "we");

    /** The token after a verb's subject: the verb itself, before the auxiliaries and adverbs that precede it. */
    private static int subjectEnd(SentenceView v, int verb) {
        int end = verb;
        while (end > 0 && (SKIP_BEFORE_VERB.contains(v.lower(end - 1)) || v.pos(end - 1).equals("RB"))) {
            end--;
        }
        return end;
    }

    /** "MSF ... raised the death toll from 19 to 22", "has revised its toll": who changes a toll gives it. */
    private static boolean revisesToll(SentenceView v, int i) {
        if (!TOLL_VERBS.contains(v.lemma(i))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(v.size(), i + 5); k++) {
            if (v.lower(k).equals("toll") || v.lower(k).equals("tally")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TOLL_VERBS = Set.of("raise", "revise", "update", "lower", "increase");

    /**
     * Whether the words after reporting verb {@code i} open the clause it reports ("The Observatory, a British-based
     * monitor, said warplanes struck the village"): a noun phrase, then a verb.
     */
    private static boolean clauseAfter(SentenceView v, int i) {
        int k = i + 1;
        while (k < v.size() && inPhrase(v, k)) {
            k++;
        }
        return k > i + 1 && v.isVerb(k) && !v.pos(k).equals("VBN") && !v.pos(k).equals("VBG");
    }

    /** Whether a reporting verb comes before token {@code i} in its sentence. */
    private static boolean reportedBefore(SentenceView v, int i) {
        for (int k = 0; k < i; k++) {
            if (v.isVerb(k) && Lexicon.REPORT_VERBS.contains(v.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** The source of the reporting verb nearest the figure so far. */
    private static final class Nearest {
        private String source;
        private int distance = Integer.MAX_VALUE;

        void offer(String s, int d) {
            if (d < distance) {
                source = s;
                distance = d;
            }
        }
    }

    /**
     * The subject noun phrase before token {@code verb}, resolved; null when there is none. Skips
     * auxiliaries and adverbs, and an apposition: "Rami Abdel Rahman, head of the Observatory, said".
     */
    private String phraseBefore(SentenceView v, int verb) {
        int end = subjectEnd(v, verb);
        int day = dayStart(v, end);
        if (day < end && day > 1 && v.lower(day - 1).equals("on") && !v.pos(verb).equals("VBG")) {
            end = day - 1; // "a tribal chief close to the rebels on Wednesday told AFP"
        }
        if (end > 0 && v.lower(end - 1).equals(",")) {
            for (int i = end - 2; i >= Math.max(1, end - 16); i--) {
                String w = v.lower(i);
                if (w.equals(",")) {
                    String s = collect(v, i);
                    if (s != null) {
                        return s;
                    }
                    break;
                }
                if (w.equals(".") || w.equals("''") || w.equals("``") || w.equals("\"") || w.equals("”") || w.equals("“")) {
                    break;
                }
            }
            return collect(v, end - 1);
        }
        return collect(v, end);
    }

    /** The noun phrase that ends right before token {@code end} (a bracketed acronym after it is skipped). */
    private String collect(SentenceView v, int end) {
        if (end > 0 && (v.lower(end - 1).equals(")") || v.lower(end - 1).equals("-rrb-"))) {
            int open = -1;
            for (int i = end - 2; i >= Math.max(0, end - 6); i--) {
                if (v.lower(i).equals("(") || v.lower(i).equals("-lrb-")) {
                    open = i;
                    break;
                }
            }
            if (open > 0) {
                end = open;
            }
        }
        if (end > 1 && CLOSING_QUOTES.contains(v.lower(end - 1))) {
            for (int i = end - 2; i >= Math.max(0, end - 6); i--) {
                if (OPENING_QUOTES.contains(v.lower(i))) {
                    end--; // 'a ``local source'' says': the speaker in quotation marks, an unnamed one kept at a distance
                    break;
                }
            }
        }
        int start = end;
        while (start > 0 && end - start < 10 && (inPhrase(v, start - 1)
                || (v.lower(start - 1).equals("in") || v.lower(start - 1).equals("at")) && placeAt(v, start) && start - 1 > 0
                && (v.isNoun(start - 2) || v.lower(start - 2).equals("based"))
                || v.lower(start - 1).equals("based") && v.lower(start).equals("in"))) {
            start--; // "three medical officials in Hajjah told CNN", "the Observatory based in Britain said"
        }
        for (int k = end - 1; k > start; k--) {
            if (opensPhrase(v, start, k) && !(k == end - 1 && v.lower(k).equals(REPORTER))) { // "SANA reporter" is SANA's
                start = k; // "near the cities of Deir ez-Zor and Raqqa local media reported": only "local media"
                break;
            }
        }
        while (start < end && !v.isNoun(start) && !v.pos(start).startsWith("JJ") && !v.pos(start).equals("PRP")
                && !initials(v, start)) {
            start++;
        }
        if (start < end && v.ner(end - 1) == EntityType.LOCATION && placeOnly(v, start, end - 1)) {
            // a place is not a source, but a country speaks by its government: "Russia says it killed 7 commanders"
            // (not a place a preposition brings: "the Observatory based in Britain said", "sources inside Syria")
            String country = start > 0 && (v.pos(start - 1).equals("IN") || v.pos(start - 1).equals("DT")
                    && v.pos(start - 2).equals("IN")) ? null : Countries.byName(text(v, start, end));
            if (country == null && start > 0 && CLOSING_QUOTES.contains(v.lower(start - 1))) {
                // '"More than 44 citizens were martyred," Saba said': whoever the quote's speaker is, it speaks, though
                // the tagger took its name for a place
                return text(v, start, end);
            }
            return country == null ? null : Countries.name(country);
        }
        int modified = start < end ? modifiedBefore(v, start) : -1;
        if (modified > 0) {
            return collect(v, modified); // "workers operating in opposition-held areas say": the workers speak
        }
        int head = start < end && !namedHead(v, start, end) ? speakerBeforePreposition(v, start) : -1;
        if (head >= 0) {
            return collect(v, head + 1); // "Witnesses to an airstrike on Taliban fighters said": the witnesses speak
        }
        return start < end ? resolve(v, start, end) : null;
    }

    /**
     * Whether the phrase [start, end), a place it is in read over, ends in a name: "a source at Aleppo Police Command",
     * which speaks for the named body, not "Taliban fighters in Afghanistan", whose head is no name.
     */
    private static boolean namedHead(SentenceView v, int start, int end) {
        int last = end - 1;
        while (last > start && (v.ner(last) == EntityType.LOCATION || v.lower(last).equals("in") || v.lower(last).equals("at")
                || v.lower(last).equals("the"))) {
            last--;
        }
        EntityType t = v.ner(last);
        return t == EntityType.ORGANIZATION || t == EntityType.PERSON || t == EntityType.MISC;
    }

    /**
     * Prepositions that tie a phrase to a noun of people before it: "witnesses to", "residents near", "a doctor at"; not
     * "from", which names whom they belong to ("Rebels from the Sudan People Liberation Movement North claimed"), nor "in",
     * which as often ends the clause before a speaker that text without commas runs on to ("killed 49 militants including
     * seven of its field commanders in Idlib province Rossiya 24 state TV reported").
     */
    private static final Set<String> ATTACHING = Set.of("to", "on", "near", "at");
    /** How many phrases with a preposition a subject's head may stand before: "Residents of the village near the stronghold". */
    private static final int ATTACHED_PHRASES = 3;

    /**
     * The people a subject names before the phrases that a preposition ties to them, whose last noun the phrase
     * {@link #collect} found would otherwise take for the speaker ("Witnesses to an airstrike on Taliban fighters in
     * Afghanistan said": the witnesses, not the Taliban; "Residents of the village near the Taliban stronghold said"):
     * the token of that noun, or -1.
     */
    private static int speakerBeforePreposition(SentenceView v, int start) {
        int found = -1;
        int s = start;
        for (int hops = 0; hops < ATTACHED_PHRASES; hops++) {
            int prep = s - 1;
            while (prep > 0 && (v.pos(prep).equals("DT") || v.pos(prep).equals("PRP$"))) {
                prep--; // "at the hospital"
            }
            if (prep < 1 || !ATTACHING.contains(v.lower(prep)) || !v.isNoun(prep - 1)) {
                break;
            }
            s = prep;
            while (s > 0 && prep - s < 10 && inPhrase(v, s - 1)) {
                s--;
            }
            for (int k = prep - 1; k >= s; k--) {
                // the phrase's head: its last noun, or a noun before "of" ("Residents of the village")
                boolean head = k == prep - 1 || v.lower(k + 1).equals("of");
                String w = v.lower(k);
                // not a source, which speaks for the body after it ("a source in the Iraqi army's 1st Division")
                boolean speaks = !w.startsWith("source") && (WordNet.isPerson(w) || SPEAKING_HEADS.contains(w));
                if (head && v.isNoun(k) && v.ner(k) != EntityType.LOCATION && speaks) {
                    found = k;
                }
            }
        }
        return found;
    }

    /** Tokens that close a quotation, after which the speaker's name and its verb follow. */
    private static final Set<String> CLOSING_QUOTES = Set.of("''", "\"", "\u201d", "'");

    /** Relative pronouns that open a clause about the noun before them: "the Observatory, which monitors ...". */
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");

    /**
     * Where a clause that ends in the phrase starting at {@code start} opens, when it tells of the noun before it ("the
     * Observatory which monitors Syria's conflict said", "workers operating in opposition-held areas say"): the noun
     * before it speaks; -1 when the phrase follows no such clause.
     */
    private static int modifiedBefore(SentenceView v, int start) {
        String before = v.lower(start - 1);
        if ((before.equals("in") || before.equals("at")) && start > 1 && v.pos(start - 2).equals("VBG")) {
            return start - 2;
        }
        for (int k = start - 1; k >= Math.max(1, start - 3); k--) {
            if (v.isVerb(k)) {
                return RELATIVES.contains(v.lower(k - 1)) ? k - 1 : -1;
            }
            if (!v.pos(k).equals("RB") && !v.pos(k).equals("DT") && !v.pos(k).equals("PRP$")) {
                return -1;
            }
        }
        return -1;
    }

    /** The noun phrase starting at {@code from}, up to a comma, a clause word or the sentence end. */
    private String phraseAfter(SentenceView v, int from) {
        int start = from;
        int end = start;
        while (end < v.size() && end - start < 12 && (inPhrase(v, end) || v.lower(end).equals("-"))) {
            end++;
        }
        while (start < end && !v.isNoun(start) && !v.pos(start).startsWith("JJ") && !v.pos(start).equals("PRP")) {
            start++;
        }
        while (end > start && !v.isNoun(end - 1)) {
            end--;
        }
        return start < end ? resolve(v, start, end) : null;
    }

    /**
     * Whether token {@code k} opens a new noun phrase inside the words [{@code start}, k) that {@link #collect}
     * gathered, as a text without commas runs them together: after a day ("Thursday Syrian state media"), an
     * article after a noun ("east of the war-torn country the Russian army", "dozens an opposition group"), a name
     * of an organisation right after a place's ("Hama Human Rights Watch"), or any word after a place that a
     * preposition brought ("the cities of Deir ez-Zor and Raqqa local media"; not "activists in Idlib province").
     */
    private static boolean opensPhrase(SentenceView v, int start, int k) {
        EntityType before = v.ner(k - 1);
        if ((before == EntityType.DATE || before == EntityType.TIME) && v.ner(k) != before
                || ClaimFinder.YEAR.matcher(v.lower(k - 1)).matches() && !v.pos(k).equals("CD")) {
            return true; // "13 Jun 2016 Syrian Observatory for Human Rights says", the year read as a bare number
        }
        if (VICTIMS.contains(v.word(k - 1))
                && (v.pos(k).startsWith("NN") || v.pos(k).startsWith("JJ") || v.pos(k).equals("PRP"))) {
            return true; // "killing dozens opposition activists said", "killed 12 people Syrian state television said"; not
                         // "the Sudan People Liberation Movement"
        }
        if (v.pos(k).equals("DT") && ARTICLES.contains(v.lower(k)) && v.isNoun(k - 1)) {
            // "The Aleppo Media Center an activist collective said": a name and its apposition; not a name that only
            // modifies a noun ("between the opposition and the Assad regime the opposition said": the opposition speaks)
            return v.ner(k - 1) != EntityType.ORGANIZATION && v.ner(k - 1) != EntityType.PERSON;
        }
        boolean named = false; // "Mounzer Khalil head of Idlibs health authority": a name and its apposition
        for (int i = k - 1; i >= start && !named && !v.lower(i).equals("and"); i--) {
            // not a name before a coordination: "President Bashar al-Assads regime and the jihadists a monitor said"
            named = v.ner(i) == EntityType.ORGANIZATION || v.ner(i) == EntityType.PERSON;
        }
        if (named) {
            return false;
        }
        if (before != EntityType.LOCATION || v.ner(k) == EntityType.LOCATION || PLACE_TRAILING.contains(v.lower(k))
                || v.pos(k).equals("POS")) {
            return false;
        }
        if (v.ner(k) == EntityType.ORGANIZATION) {
            return true;
        }
        for (int i = k - 1; i >= start; i--) {
            // a proper noun the tagger left out of the place goes on naming it: "Deir ez-Zor and Raqqa"
            if (v.ner(i) != EntityType.LOCATION && !v.lower(i).equals("and") && !v.pos(i).startsWith("NNP")
                    && !v.pos(i).equals("HYPH")) {
                return PLACE_PREPOSITIONS.contains(v.lower(i));
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Who was hurt, or how many, which ends the object of a deed in a text without commas: "... killed 12 people". */
    private static final Set<String> VICTIMS = Set.of("people", "civilians", "children", "women", "persons", "dozens",
            "hundreds", "scores", "others");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("of", "in", "near", "from");
    /** Words that go on naming a place: "Idlib province", "Aleppo city", "the Kabul police". */
    private static final Set<String> PLACE_TRAILING = union(PLACE_HEADS,
            Set.of("governorate", "state", "county", "camp", "police", "'s"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Whether token {@code k} starts with a capital letter ("Borders", "International"); false past the sentence. */
    private static boolean capitalised(SentenceView v, int k) {
        String t = v.word(k);
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** Whether token {@code k} starts with a lower-case letter ("monitoring group"); false past the sentence. */
    private static boolean lowerCased(SentenceView v, int k) {
        String t = v.word(k);
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    /** An organisation's initials, whatever the tagger made of them: "WHO said" (tagged a wh-pronoun). */
    private static boolean initials(SentenceView v, int i) {
        String t = v.word(i);
        return t.length() >= 3 && t.length() <= 5 && t.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static boolean inPhrase(SentenceView v, int i) {
        String p = v.pos(i);
        String w = v.lower(i);
        if (CLOSED.contains(w)) {
            return false;
        }
        if (initials(v, i)) {
            return true;
        }
        if (p.equals("IN") && capitalised(v, i) && i > 0 && i + 1 < v.size()
                && v.pos(i - 1).startsWith("NN") && v.pos(i + 1).startsWith("NN")
                && capitalised(v, i + 1)) {
            return true; // "Doctors Without Borders", "Reporters Without Borders": a capitalised word inside a name
        }
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("POS") || p.equals("HYPH") || p.equals("DT") || p.equals("CD")
                || p.equals("PRP") || p.equals("PRP$") || (p.equals("IN") && (w.equals("of") || w.equals("for")))
                || (p.equals("CC") && w.equals("and")) || p.equals("VBN") && i > 0 && v.pos(i - 1).equals("HYPH")
                || p.equals("NNP") || w.equals("u.s.") || w.equals("u.n.");
    }

    /** Canonical name for the phrase [start, end): a named entity in it, an alias, or the words themselves. */
    private String resolve(SentenceView v, int start, int end) {
        String first = v.lower(start);
        if (end - start == 1 && PRONOUNS.contains(first) && !initials(v, start)) {
            if (first.equals("it")) {
                String body = organisationBefore(v, start, 0); // "the Ministry gave a higher toll; it said up to 107 ..."
                if (body != null) {
                    return body;
                }
            }
            return first.equals("he") || first.equals("she") ? personBefore(v, start) : last;
        }
        // a named organisation or person inside the phrase wins
        EntityMention best = null;
        for (EntityMention m : v.mentions) {
            if (m.firstToken() >= start && m.lastToken() <= end
                    && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON)
                    && !(m.type() == EntityType.PERSON && m.firstToken() > start && placeAt(v, m.firstToken())
                    && (v.lower(m.firstToken() - 1).equals("in") || v.lower(m.firstToken() - 1).equals("at")))
                    && (best == null || m.text().length() > best.text().length())) {
                best = m;
            }
        }
        String words = text(v, start, end);
        if (best != null) {
            String name = best.type() == EntityType.ORGANIZATION ? orgName(v, best) : clean(best.text());
            String canon = aliases.get(name.toLowerCase(Locale.ROOT));
            if (canon != null) {
                return canon;
            }
            if (best.type() == EntityType.PERSON && PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
                return last;
            }
            return name;
        }
        String canon = aliases.get(words.toLowerCase(Locale.ROOT));
        if (canon != null) {
            return canon;
        }
        String name = trailingName(v, start, end);
        if (name != null) {
            return aliases.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        }
        String head = v.lower(end - 1);
        int lead = start; // "a doctor in Kunduz city", "a resident of the town": the word before the first preposition
        while (lead < end - 1 && !v.lower(lead + 1).equals("in") && !v.lower(lead + 1).equals("of")
                && !v.lower(lead + 1).equals("at")) {
            lead++;
        }
        int named = v.pos(start).equals("DT") ? start + 1 : start;
        if (MEDIA_HEADS.contains(head) && named < end - 1 && allProper(v, named, end - 1)) {
            return text(v, named, end - 1); // "according to Saba reports": whose reports (a place's name, to the tagger)
        }
        if (NOT_SOURCES.contains(head) || PLACE_HEADS.contains(head) && PLACE_HEADS.contains(v.lower(lead))
                || v.ner(end - 1) == EntityType.DATE || v.ner(end - 1) == EntityType.NUMBER
                || !head.equals("body") && Lexicon.category(v.lemma(end - 1), head) != null) {
            return null;
        }
        if (GENERIC_HEADS.contains(head)) {
            if (words.toLowerCase(Locale.ROOT).contains("monitor")) {
                // "a monitoring group said", "the war monitor": the monitor the article names
                for (String org : organisations) {
                    String o = org.toLowerCase(Locale.ROOT);
                    if (o.contains("observatory") || o.contains("monitor")) {
                        return aliases.getOrDefault(o, org);
                    }
                }
            }
            // "the Observatory", "the UK-based group": the organisation the article named with that word, or last
            for (String org : organisations) {
                if (org.toLowerCase(Locale.ROOT).contains(head)) {
                    return org;
                }
            }
            for (int i = start; i < end - 1; i++) {
                if (v.ner(i) == EntityType.MISC && !v.lower(i).contains("-") && !v.lower(i + 1).equals("-")) {
                    // "the Russian defence ministry": a body the words name, not the last one named ("the
                    // British-based organization" is)
                    return words;
                }
            }
            boolean definite = v.lower(start).equals("the") || start > 0 && v.lower(start - 1).equals("the");
            if (definite && !head.equals("official") && !head.equals("spokesman") && !head.equals("spokeswoman")
                    && !head.equals("spokesperson")) {
                String org = organisationBefore(v, start, ORGANISATION_REACH);
                if (org != null) {
                    return org;
                }
            }
            if (v.lower(start).equals("the") || v.pos(start).equals("DT") || start > 0 && v.lower(start - 1).equals("the")) {
                String lastLower = last == null ? null : last.toLowerCase(Locale.ROOT);
                if (last != null && !last.equals(REPORTER) && (!last.equals(lastLower) || lastLower.contains(head))) {
                    return last; // a body named, or one of its kind: not the "officials" that "the monitor" is not
                }
            }
        }
        return words;
    }

    /**
     * The proper name of two or more words that ends the phrase [start, end) after common words that describe it, as
     * the tagger left it untagged: "the global charity Doctors Without Borders" is Doctors Without Borders; null when
     * the phrase is all name or has none.
     */
    private static String trailingName(SentenceView v, int start, int end) {
        int j = end;
        while (j > start && capitalised(v, j - 1)
                && (v.pos(j - 1).startsWith("NNP") || v.pos(j - 1).equals("IN") || v.pos(j - 1).equals("NNS"))) {
            j--;
        }
        if (j == start || end - j < 2 || v.pos(j).equals("IN")) {
            return null;
        }
        for (int k = start; k < j; k++) {
            String p = v.pos(k);
            boolean capital = capitalised(v, k); // but "International medical charity"
            if (capital && k > start || !(p.startsWith("NN") || p.startsWith("JJ")
                    || p.equals("DT"))) {
                return null;
            }
        }
        return text(v, j, end);
    }

    /** Whether tokens [from, to) are all proper nouns. */
    private static boolean allProper(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!v.pos(k).startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /** How many sentences back "the ministry" may find the organisation it names. */
    private static final int ORGANISATION_REACH = 6;

    /**
     * The nearest organisation named before token {@code at}, in its sentence or up to {@code back} sentences before,
     * that is neither an armed group nor an outlet.
     */
    private String organisationBefore(SentenceView v, int at, int back) {
        for (int k = v.sentence.index(); k >= Math.max(0, v.sentence.index() - back); k--) {
            List<EntityMention> orgs = sentences.get(k).mentionsOf(EntityType.ORGANIZATION);
            for (int i = orgs.size() - 1; i >= 0; i--) {
                EntityMention m = orgs.get(i);
                String name = clean(m.text());
                if ((k < v.sentence.index() || m.lastToken() <= at) && Actors.normalise(name) == null && !isOutlet(name)) {
                    String canon = aliases.get(name.toLowerCase(Locale.ROOT));
                    return canon != null ? canon : name;
                }
            }
        }
        return null;
    }

    /** The nearest person named before token {@code at}: whom "he" or "she" most likely means. */
    private String personBefore(SentenceView v, int at) {
        for (int k = v.sentence.index(); k >= Math.max(0, v.sentence.index() - 4); k--) {
            SentenceView s = sentences.get(k);
            List<EntityMention> people = s.mentionsOf(EntityType.PERSON);
            for (int i = people.size() - 1; i >= 0; i--) {
                EntityMention m = people.get(i);
                if ((k < v.sentence.index() || m.lastToken() <= at) && !PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))
                        && Actors.normalise(m.text()) == null) {
                    return clean(m.text());
                }
            }
        }
        // "Local police told Reuters news agency that ... He said those targeted were Taliban fighters": no one named,
        // the speaker of the sentence before that reports, not the source of the last figure
        if (lookingBack >= MAX_LOOK_BACK) {
            return last; // "he said" after "he said": read through a few sentences only
        }
        lookingBack++;
        try {
            for (int k = v.sentence.index() - 1; k >= Math.max(0, v.sentence.index() - 2); k--) {
                String speaker = speaker(sentences.get(k), 0);
                if (speaker != null && !PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))) {
                    return known(speaker);
                }
            }
        } finally {
            lookingBack--;
        }
        return last;
    }

    private static String text(SentenceView v, int start, int end) {
        StringBuilder b = new StringBuilder();
        int s = start;
        if (v.pos(s).equals("DT") && end - s > 1) {
            s++;
        }
        for (int i = s; i < end; i++) {
            if (b.length() > 0 && v.tokens.get(i).start() > v.tokens.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(v.tokens.get(i).text());
        }
        return b.toString();
    }

    /**
     * An organisation's name with the "of ..." or "for ..." that a tagger cut off: "International Committee" and
     * "of the Red Cross".
     */
    private static String orgName(SentenceView v, EntityMention m) {
        int k = m.lastToken();
        if (k < v.size() && (v.lower(k).equals("of") || v.lower(k).equals("for"))) {
            int j = k + 1;
            if (j < v.size() && v.lower(j).equals("the")) {
                j++;
            }
            int words = j;
            while (j < v.size() && j - words < 5 && v.pos(j).startsWith("NNP") && capitalised(v, j)) {
                j++;
            }
            if (j > words) {
                return clean(m.text() + " " + text(v, k, j));
            }
        }
        int end = k;
        while (end - 1 > m.firstToken() && lowerCased(v, end - 1)
                && v.isNoun(end - 1) || end - 1 > m.firstToken() && v.pos(end - 1).equals("VBG")) {
            end--; // "the Syrian Observatory for Human Rights monitoring group", as the tagger may take it: the name
        }
        return end < k && capitalised(v, end - 1)
                ? clean(text(v, m.firstToken(), end)) : clean(m.text());
    }

    private static String clean(String name) {
        String n = name.strip();
        return n.startsWith("the ") || n.startsWith("The ") ? n.substring(4) : n;
    }

    private static String acronym(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[^A-Za-z]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
