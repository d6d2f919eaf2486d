package org.conflictledger.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One article's extraction as it travels between Spark tasks.
 *
 * @param position the article's place in the input (see {@link ArticleRow#position()})
 * @param id the article's id
 * @param published the article's publication day, or null: resolution bounds its undated mentions by it
 * @param json the extraction as one line of the contract ({@code Json.line(extraction)})
 * @param failed whether extraction failed, so that the article is written with no incidents
 */
record ExtractedRow(long position, String id, LocalDate published, String json, boolean failed) implements Serializable {
    private static final long serialVersionUID = 1L;
}
