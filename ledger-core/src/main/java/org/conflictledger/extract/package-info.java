/**
 * Incident extraction: casualty claims with their sources, and each incident's type, date, place and
 * perpetrators.
 *
 * <p>In: {@link org.conflictledger.model.AnnotatedArticle}. Out: {@link org.conflictledger.model.Extraction}.
 * Entry point: {@link org.conflictledger.extract.IncidentExtractor}. The rules are general patterns over
 * tokens, lemmas, parts of speech and entity classes; none is keyed to a particular article.
 */
package org.conflictledger.extract;
