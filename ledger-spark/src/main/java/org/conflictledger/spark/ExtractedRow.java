package org.conflictledger.spark;

import java.io.Serializable;

/**
 * One article's extraction as it travels between Spark tasks.
 *
 * @param position the article's place in the input (see {@link ArticleRow#position()})
 * @param id the article's id
 * @param json the extraction as one line of the contract ({@code Json.line(extraction)})
 * @param failed whether extraction failed, so that the article is written with no incidents
 */
record ExtractedRow(long position, String id, String json, boolean failed) implements Serializable {
    private static final long serialVersionUID = 1L;
}
