package org.conflictledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.Sentence;
import org.conflictledger.model.Token;

/** A sentence with its entity mentions and lower-cased words at hand, for the pattern rules. */
final class SentenceView {
    final Sentence sentence;
    final List<Token> tokens;
    final List<EntityMention> mentions;
    final String[] lower;
    final String[] lemma;
    final String[] pos;

    SentenceView(Sentence sentence, List<EntityMention> mentions) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.mentions = mentions;
        int n = tokens.size();
        lower = new String[n];
        lemma = new String[n];
        pos = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lower[i] = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
            pos[i] = t.pos() == null ? "" : t.pos();
        }
    }

    /** Tokens that open and close a quotation. */
    private static final java.util.Set<String> OPEN_QUOTES = java.util.Set.of("\"", "\u201c", "``", "\u2018");
    private static final java.util.Set<String> CLOSE_QUOTES = java.util.Set.of("\"", "\u201d", "''", "\u2019");
    /** How many tokens a quoted title may hold. */
    private static final int TITLE_TOKENS = 16;
    /** Short words a title leaves in lower case: "The Day the Leader was Killed". */
    private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "but", "or",
            "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "was", "is",
            "are", "be", "its", "from", "with", "into");

    private boolean[] titled;

    /**
     * Whether token i stands inside a quoted title: a work, a slogan or an operation named in quotation marks with
     * its words capitalised ("the novel \"The Day the Leader was Killed\""), which tells of no event in the story.
     */
    boolean inTitle(int i) {
        if (titled == null) {
            titled = new boolean[size()];
            for (int open = 0; open < size(); open++) {
                if (!OPEN_QUOTES.contains(word(open))) {
                    continue;
                }
                for (int close = open + 1; close < Math.min(size(), open + TITLE_TOKENS + 2); close++) {
                    if (CLOSE_QUOTES.contains(word(close))) {
                        if (titleCase(open + 1, close)) {
                            java.util.Arrays.fill(titled, open + 1, close, true);
                            open = close;
                        }
                        break;
                    }
                }
            }
        }
        return i >= 0 && i < titled.length && titled[i];
    }

    /** Three words or more, every one capitalised but the short words a title leaves in lower case. */
    private boolean titleCase(int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            String w = word(i);
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            if (!Character.isUpperCase(w.charAt(0)) && !TITLE_SMALL_WORDS.contains(lower(i))) {
                return false;
            }
        }
        return words >= 3;
    }

    int size() {
        return tokens.size();
    }

    String lower(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    /** The token as written, or "" past the sentence. */
    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    /** The tokens from {@code from} to {@code to} (exclusive), as written, one space between. */
    String text(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            out.append(out.isEmpty() ? "" : " ").append(tokens.get(i).text());
        }
        return out.toString();
    }

    String lemma(int i) {
        return i >= 0 && i < lemma.length ? lemma[i] : "";
    }

    String pos(int i) {
        return i >= 0 && i < pos.length ? pos[i] : "";
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    EntityType ner(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).ner() : EntityType.NONE;
    }

    /** The mention that covers token i, or null. */
    EntityMention mentionAt(int i) {
        for (EntityMention m : mentions) {
            if (m.firstToken() <= i && i < m.lastToken()) {
                return m;
            }
        }
        return null;
    }

    /** Mentions of the given types, in order. */
    List<EntityMention> mentionsOf(EntityType... types) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            for (EntityType t : types) {
                if (m.type() == t) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    /** Character offset where token i starts. */
    int startOf(int i) {
        return tokens.get(i).start();
    }

    /** Character offset where token i ends. */
    int endOf(int i) {
        return tokens.get(i).end();
    }

    /** True when some token index k satisfies the test. */
    boolean anyToken(java.util.function.IntPredicate test) {
        for (int k = 0; k < size(); k++) {
            if (test.test(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of its words, lower-cased, is one of these. */
    boolean hasAny(java.util.Set<String> words) {
        for (String w : lower) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first token from {@code from} (inclusive) whose lower form is one of {@code words}, or -1. */
    int find(int from, int to, String... words) {
        for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
            for (String w : words) {
                if (lower[i].equals(w)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
