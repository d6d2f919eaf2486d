/**
 * The data contract: immutable records that the stages pass to each other.
 *
 * <p>In: nothing. Out: {@link org.conflictledger.model.Article} (ingest's output),
 * {@link org.conflictledger.model.AnnotatedArticle} (nlp's output),
 * {@link org.conflictledger.model.Extraction} (extract's output). Every fact carries its evidence as
 * character offsets into the article text.
 */
package org.conflictledger.model;
