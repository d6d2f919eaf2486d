package org.conflictledger.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in the sentence, from 0
 * @param text the token as written in the article
 * @param start character offset of its first character in the article text
 * @param end character offset after its last character
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma dictionary form, lower-cased by the tagger where it applies
 * @param ner entity class of the token, {@link EntityType#NONE} outside entities
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, EntityType ner) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ner, "ner");
        new Span(start, end);
    }

    /** The token's span in the article text. */
    public Span span() {
        return new Span(start, end);
    }

    /** Lower-cased lemma, or the lower-cased text when there is no lemma. */
    public String lower() {
        return (lemma == null ? text : lemma).toLowerCase(java.util.Locale.ROOT);
    }
}
