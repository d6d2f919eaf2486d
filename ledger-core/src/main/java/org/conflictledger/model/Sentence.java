package org.conflictledger.model;

import java.util.List;

/**
 * One sentence with its tokens.
 *
 * @param index position in the article, from 0
 * @param start character offset of the sentence start
 * @param end character offset after the sentence end
 * @param tokens tokens in order, each inside [start, end)
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        new Span(start, end);
        tokens = List.copyOf(tokens);
    }

    /** The sentence's span in the article text. */
    public Span span() {
        return new Span(start, end);
    }

    /** The sentence text, cut from the article text. */
    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
