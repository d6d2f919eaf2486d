package org.conflictledger.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictledger.model.Article;
import org.conflictledger.model.LineBreaks;
import org.conflictledger.model.Relevance;
import org.conflictledger.model.SkipReason;
import org.conflictledger.model.Span;

/**
 * Relevance from the casualty vocabulary of {@link Lexicon}, read straight off the text: a paragraph is a hit
 * when a casualty word ("killed", "wounded", "dead", "death toll", "casualties") stands near a figure ("12",
 * "five", "dozens", "no") or names a single victim ("a teacher was killed", "shot dead a police officer").
 * The kept passages are the hit paragraphs with {@code context} paragraphs on each side, and the lead (the
 * paragraphs that open the article, up to {@code leadChars}), where datelines, places and the main event
 * stand. An article without a hit is skipped with its reason, and so is one whose title and text name a
 * disaster, accident or epidemic as the cause ("quake", "crash", "outbreak") and no word of armed violence
 * ("attack", "shelling", "gunmen", "troops", "war"): a conflict ledger does not record earthquake tolls.
 *
 * <p>Paragraphs are separated by blank lines; a text without any is split at its line breaks, but not at a soft wrap
 * inside a sentence ({@link LineBreaks}). One pass over
 * the characters, no regular expressions, no string per word: tens of microseconds for a long article,
 * against seconds of CoreNLP.
 */
final class LexicalRelevanceFilter implements RelevanceFilter {
    static final LexicalRelevanceFilter STANDARD = new LexicalRelevanceFilter(1, 400, 15, 10);

    /** Word classes the filter tells apart. */
    private static final byte OTHER = 0;
    private static final byte CASUALTY = 1;
    private static final byte CASUALTY_VERB = 2;
    private static final byte FIGURE = 3;
    private static final byte AUXILIARY = 4;
    private static final byte OBJECT = 5;
    private static final byte IT = 6;
    private static final byte LOSE = 7;
    private static final byte LIVES = 8;
    private static final byte GUNNED = 9;
    private static final byte DOWN = 10;
    private static final byte FATALLY = 11;
    private static final byte CAPITALISED = 12;
    private static final byte TOLL = 13;
    private static final byte PRONOUN = 14;
    private static final byte INDEFINITE = 15;
    private static final byte OF = 16;
    private static final byte REMAINS = 17;
    private static final byte AND = 18;
    /** How far before a casualty verb its subject's article may stand: "A local journalist died". */
    private static final int SUBJECT_REACH = 4;
    /** A death toll's figure may come late in its sentence: "the toll in the attack on the mall has risen to 59". */
    private static final int TOLL_REACH = 30;
    /** How far before a casualty word an auxiliary makes it passive or perfect: "was last week Thursday killed". */
    private static final int AUXILIARY_REACH = 5;
    /** How far before "and died" the passive it continues may stand: "was shot in front of the party's centre ... and died". */
    private static final int COORDINATED_REACH = 25;

    private static final WordTable WORDS = new WordTable(words());
    /** Causes of death, in a table of their own, as a casualty verb such as "massacre" is one of them too. */
    private static final byte VIOLENT = 1;
    private static final byte NON_VIOLENT = 2;
    /** "opened fire": violence only as a pair, as a fire alone may be a blaze. */
    private static final byte OPEN = 3;
    private static final byte FIRE = 4;
    private static final WordTable CAUSES = new WordTable(causes());
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /** Lower case, without a table lookup for ASCII. */
    private static char lower(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    private final int context;
    private final int leadChars;
    private final int before;
    private final int after;

    /**
     * @param context paragraphs kept on each side of a hit
     * @param leadChars the opening paragraphs are kept until they hold this many characters
     * @param before how many words before a casualty word a figure may stand ("12 people ... were killed")
     * @param after how many words after it ("killed at least 12", "the toll rose to 63")
     */
    LexicalRelevanceFilter(int context, int leadChars, int before, int after) {
        if (context < 0 || leadChars < 0 || before < 0 || after < 0) {
            throw new IllegalArgumentException("widths must not be negative: context " + context + ", lead " + leadChars
                    + ", before " + before + ", after " + after);
        }
        this.context = context;
        this.leadChars = leadChars;
        this.before = before;
        this.after = after;
    }

    private static Map<String, Byte> words() {
        Map<String, Byte> m = new HashMap<>();
        put(m, FIGURE, Lexicon.NUMBER_WORDS);
        put(m, FIGURE, Lexicon.VAGUE_AMOUNTS);
        put(m, FIGURE, Lexicon.ZERO_WORDS);
        put(m, AUXILIARY, Set.of("was", "were", "been", "has", "have", "had"));
        put(m, OBJECT, Set.of("the", "his", "their"));
        put(m, INDEFINITE, Set.of("a", "an"));
        put(m, OF, Set.of("of"));
        put(m, PRONOUN, Set.of("him", "her", "them"));
        put(m, CASUALTY, Lexicon.DEATH_NOUNS);
        put(m, CASUALTY, Lexicon.INJURY_NOUNS);
        put(m, CASUALTY, ClaimFinder.POISONINGS); // "35 cases of suffocation"
        put(m, TOLL, Lexicon.TOLL_NOUNS);
        m.put("victims", TOLL); // "the number of victims of the shelling has reached 58"
        m.put("casualty", CASUALTY);
        m.put("casualties", CASUALTY);
        for (String lemma : Lexicon.KILL_VERBS) {
            for (String form : Lexicon.forms(lemma)) {
                m.put(form, CASUALTY_VERB);
            }
        }
        for (String lemma : Lexicon.INJURE_VERBS) {
            for (String form : Lexicon.forms(lemma)) {
                m.put(form, CASUALTY_VERB);
            }
        }
        Lexicon.IRREGULAR_FORMS.keySet().forEach(f -> m.put(f, CASUALTY_VERB));
        m.put("martyred", CASUALTY_VERB); // "44 citizens were martyred", as state media write of their dead
        for (String lemma : Lexicon.DESTROYING) { // near a figure only; extraction reads whether fighters follow
            for (String form : Lexicon.forms(lemma)) {
                m.put(form, CASUALTY_VERB);
            }
        }
        m.put("it", IT);
        for (String w : Lexicon.forms("lose")) {
            m.put(w, LOSE);
        }
        m.put("lost", LOSE);
        m.put("lives", LIVES);
        m.put("life", LIVES);
        m.put("gunned", GUNNED); // verbs that kill with their particle: "gunned down", "mowed down", "wiped out"
        m.put("mowed", GUNNED);
        m.put("wiped", GUNNED);
        m.put("down", DOWN);
        m.put("out", DOWN);
        m.put("fatally", FATALLY);
        m.put("remains", REMAINS);
        m.put("and", AND);
        return m;
    }

    private static void put(Map<String, Byte> m, byte kind, Set<String> words) {
        words.forEach(w -> m.put(w, kind));
    }

    private static Map<String, Byte> causes() {
        Map<String, Byte> m = new HashMap<>();
        put(m, NON_VIOLENT, Lexicon.NON_VIOLENT_CAUSES);
        put(m, VIOLENT, Lexicon.violenceForms());
        for (String w : Lexicon.forms("open")) {
            m.put(w, OPEN);
        }
        m.put("fire", FIRE);
        return m;
    }

    @Override
    public Relevance judge(Article article) {
        String text = article.text();
        List<Span> paragraphs = before(paragraphs(text), navigationTail(text));
        if (paragraphs.isEmpty()) {
            return Relevance.skip(SkipReason.EMPTY_TEXT);
        }
        boolean[] keep = new boolean[paragraphs.size()];
        int hits = 0;
        boolean casualtyWords = false;
        Scan scan = new Scan();
        if (article.title() != null) {
            scan.read(article.title(), new Span(0, article.title().length()));
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            scan.read(text, paragraphs.get(p));
            casualtyWords |= scan.casualtyWords;
            int h = scan.hits(before, after);
            if (h > 0) {
                hits += h;
                for (int q = Math.max(0, p - context); q <= Math.min(paragraphs.size() - 1, p + context); q++) {
                    keep[q] = true;
                }
            }
        }
        if (hits == 0) {
            return Relevance.skip(casualtyWords ? SkipReason.NO_FIGURE_NEAR_CASUALTY : SkipReason.NO_CASUALTY_WORDS);
        }
        if (scan.nonViolentCauses && !scan.violence) {
            return Relevance.skip(SkipReason.NON_VIOLENT_CAUSE);
        }
        int lead = 0;
        for (int p = 0; p < paragraphs.size() && lead < leadChars; p++) {
            keep[p] = true;
            lead += paragraphs.get(p).length();
        }
        List<Span> passages = new ArrayList<>();
        int start = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            if (keep[p] && start < 0) {
                start = paragraphs.get(p).start();
            }
            if (keep[p] && (p + 1 == paragraphs.size() || !keep[p + 1])) {
                passages.add(new Span(start, paragraphs.get(p).end()));
                start = -1;
            }
        }
        return Relevance.keep(passages, hits);
    }

    /**
     * Where a scraped page's list of links to other stories starts ("Source AA Related News Iraq's vote
     * violations | ...", "Print Tweet Views 729 Related IS group claims ...", "... 285 Related Syrian Army
     * Eliminates ..."), or the text's length when it has none: other stories' headlines are no part of this one,
     * and their figures and dates are not its own. Only past the text's opening {@link #TAIL_FROM} characters.
     */
    static int navigationTail(String text) {
        for (int i = text.indexOf("Related ", TAIL_FROM); i >= 0; i = text.indexOf("Related ", i + 1)) {
            int next = i + "Related ".length();
            boolean listed = text.startsWith("News", next) || text.startsWith("Articles", next) || text.startsWith("Stories", next)
                    || text.startsWith("Posts", next);
            // a count of views or comments right before it, and a headline's capital after it
            boolean counted = i >= 2 && text.charAt(i - 1) == ' ' && Character.isDigit(text.charAt(i - 2))
                    && next < text.length() && Character.isUpperCase(text.charAt(next));
            if (listed || counted) {
                return i;
            }
        }
        return text.length();
    }

    private static final int TAIL_FROM = 200;

    /** The paragraphs, cut at {@code end}. */
    private static List<Span> before(List<Span> paragraphs, int end) {
        List<Span> out = new ArrayList<>(paragraphs.size());
        for (Span p : paragraphs) {
            if (p.start() < end) {
                out.add(p.end() <= end ? p : new Span(p.start(), end));
            }
        }
        return out;
    }

    /**
     * The text's paragraphs, trimmed of surrounding whitespace: the stretches between blank lines, or between
     * line breaks when the text has no blank line, a soft wrap inside a sentence aside ("killed at least\ntwelve").
     */
    static List<Span> paragraphs(String written) {
        String text = LineBreaks.unwrap(written); // soft wraps become spaces, every offset kept
        boolean blankLines = hasBlankLine(text);
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' && (!blankLines || blankAfter(text, i + 1))) {
                    break;
                }
                if (!Character.isWhitespace(c)) {
                    end = i + 1;
                }
                i++;
            }
            out.add(new Span(start, end));
        }
        return out;
    }

    private static boolean hasBlankLine(String text) {
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (blankAfter(text, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when the line starting at {@code from} holds only whitespace up to its line break. */
    private static boolean blankAfter(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** The words of one paragraph, by class; reused from paragraph to paragraph. */
    private static final class Scan {
        byte[] kinds = new byte[64];
        int size;
        boolean casualtyWords;
        /** Whether any paragraph read so far names armed violence, or a disaster or accident. */
        boolean violence;
        boolean nonViolentCauses;
        private byte lastCause;

        void read(String text, Span paragraph) {
            size = 0;
            casualtyWords = false;
            int i = paragraph.start();
            int end = paragraph.end();
            if (kinds.length < paragraph.length() / 2 + 1) {
                kinds = new byte[paragraph.length() / 2 + 1];
            }
            while (i < end) {
                char c = text.charAt(i);
                if (!wordChar(c)) {
                    i++;
                    continue;
                }
                int from = i;
                int hash = 0;
                while (i < end && wordChar(c = text.charAt(i))) {
                    hash = 31 * hash + lower(c);
                    i++;
                }
                add(classify(text, from, i, hash));
            }
        }

        /** Letters and digits, with a table for ASCII, which is nearly all of English news. */
        private static boolean wordChar(char c) {
            return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
        }

        private byte classify(String text, int from, int to, int hash) {
            char first = text.charAt(from);
            if (Character.isDigit(first)) {
                return FIGURE;
            }
            byte cause = CAUSES.get(text, from, to, hash);
            violence |= cause == VIOLENT || cause == FIRE && lastCause == OPEN;
            nonViolentCauses |= cause == NON_VIOLENT;
            lastCause = cause;
            byte kind = WORDS.get(text, from, to, hash);
            if (kind == OTHER) {
                return Character.isUpperCase(first) ? CAPITALISED : OTHER;
            }
            if (kind == CASUALTY || kind == CASUALTY_VERB || kind == TOLL) {
                casualtyWords = true;
            }
            return kind;
        }

        private void add(byte kind) {
            if (size == kinds.length) {
                kinds = java.util.Arrays.copyOf(kinds, size * 2);
            }
            kinds[size++] = kind;
        }

        /** Casualty words near a figure or naming a victim. */
        int hits(int before, int after) {
            int hits = 0;
            for (int i = 0; i < size; i++) {
                if (casualtyAt(i) && (figureNear(i, before, kinds[i] == TOLL ? Math.max(after, TOLL_REACH) : after) || victim(i))) {
                    hits++;
                }
            }
            return hits;
        }

        private byte at(int i) {
            return i >= 0 && i < size ? kinds[i] : OTHER;
        }

        private boolean casualtyAt(int i) {
            return switch (kinds[i]) {
                // "the film killed it at the box office": an idiom, not a death
                case CASUALTY_VERB -> at(i + 1) != IT;
                case CASUALTY, TOLL -> true;
                // "lost their lives", "gunned down", "wiped out", "fatally shot"
                case LIVES -> at(i - 1) == LOSE || at(i - 2) == LOSE
                        // "claimed about 42 lives", "the lives of 18 civilians"
                        || at(i - 1) == FIGURE || at(i - 2) == FIGURE || at(i + 2) == FIGURE
                        // "claimed the lives of a teacher and his two children"
                        || at(i + 1) == OF && at(i + 2) == INDEFINITE;
                case GUNNED -> at(i + 1) == DOWN;
                // "the remains of more than 70 members", not "the situation remains tense"
                case REMAINS -> at(i + 1) == OF && (at(i + 2) == FIGURE || at(i + 3) == FIGURE || at(i + 4) == FIGURE);
                case FATALLY -> true;
                default -> false;
            };
        }

        private boolean figureNear(int i, int before, int after) {
            for (int k = Math.max(0, i - before); k <= Math.min(size - 1, i + after); k++) {
                if (kinds[k] == FIGURE) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "a teacher was killed", "has died", "was last week Thursday killed", "killed a police officer", "shot
         * dead Mohammed Hamid", "shot him dead", "stabbed to death a member", "A journalist died", "the death
         * of an Indian leader", "was shot in front of the party's centre and died".
         */
        private boolean victim(int i) {
            for (int k = i - 1; k >= Math.max(0, i - AUXILIARY_REACH); k--) {
                if (kinds[k] == AUXILIARY) {
                    return true;
                }
            }
            byte next = kinds[i] == GUNNED ? at(i + 2) : at(i + 1);
            if (next == OBJECT || next == INDEFINITE || next == PRONOUN || next == CAPITALISED || at(i - 1) == PRONOUN) {
                return true;
            }
            if (kinds[i] == CASUALTY_VERB && at(i - 1) == AND) {
                // "X ... was shot in front of the party's election centre ... and died at a local hospital"
                for (int k = i - 2; k >= Math.max(0, i - COORDINATED_REACH); k--) {
                    if (kinds[k] == AUXILIARY) {
                        return true;
                    }
                }
            }
            if (kinds[i] == CASUALTY_VERB) {
                // "A local journalist died on Friday"
                for (int k = i - 1; k >= Math.max(0, i - SUBJECT_REACH); k--) {
                    if (kinds[k] == INDEFINITE || kinds[k] == OBJECT && k == 0) {
                        return true;
                    }
                }
            }
            // "the death of an Indian leader", "the body of Maria Lopez"; not "the death of the peace process"
            return next == OF && (at(i + 2) == INDEFINITE || at(i + 2) == CAPITALISED);
        }
    }

    /**
     * The vocabulary as an open-addressing table looked up straight from the text, without building a string
     * per word: the hash is the lower-cased word's {@link String#hashCode()}, computed while scanning.
     */
    private static final class WordTable {
        private final String[] keys;
        private final byte[] values;
        private final int mask;

        WordTable(Map<String, Byte> words) {
            int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
            keys = new String[capacity];
            values = new byte[capacity];
            mask = capacity - 1;
            words.forEach((w, kind) -> {
                int i = slot(w.hashCode());
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = w;
                values[i] = kind;
            });
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) & mask;
        }

        /** The class of text[from, to) lower-cased, or OTHER when it is not in the table. */
        byte get(String text, int from, int to, int hash) {
            for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
                String k = keys[i];
                if (k.hashCode() == hash && k.length() == to - from && same(k, text, from)) {
                    return values[i];
                }
            }
            return OTHER;
        }

        private static boolean same(String key, String text, int from) {
            for (int k = 0; k < key.length(); k++) {
                if (key.charAt(k) != lower(text.charAt(from + k))) {
                    return false;
                }
            }
            return true;
        }
    }
}
