/**
 * Incident extraction: casualty claims with their sources, and each incident's type, date, place and
 * perpetrators.
 *
 * <p>In: {@link org.conflictledger.model.AnnotatedArticle}. Out: {@link org.conflictledger.model.Extraction}.
 * Entry point: {@link org.conflictledger.extract.IncidentExtractor}. The rules are general patterns over
 * tokens, lemmas, parts of speech and entity classes; none is keyed to a particular article.
 *
 * <p>Its cheap front stage, {@link org.conflictledger.extract.RelevanceFilter}, lives here because it reads the
 * same vocabulary: in, a raw {@link org.conflictledger.model.Article}; out, a
 * {@link org.conflictledger.model.Relevance} (the passages to annotate, or why the article is skipped).
 */
package org.conflictledger.extract;
