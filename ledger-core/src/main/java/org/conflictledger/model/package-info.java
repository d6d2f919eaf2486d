/**
 * The data contract: immutable records that the stages pass to each other.
 *
 * <p>In: nothing. Out: {@link org.conflictledger.model.Article} (ingest's output),
 * {@link org.conflictledger.model.AnnotatedArticle} (nlp's output),
 * {@link org.conflictledger.model.Extraction} (extract's output). Every fact carries its evidence as
 * character offsets into the article text.
 *
 * <p>Beside the records, the word knowledge two stages share: {@link org.conflictledger.model.Countries}
 * (names and demonyms), {@link org.conflictledger.model.ActorPlaces} and
 * {@link org.conflictledger.model.FiledFrom} (a place named as who acted or where a report was filed), and
 * {@link org.conflictledger.model.WordNet} (whether a word names or describes people), used by extract for
 * casualty groups and by geo for locality names.
 */
package org.conflictledger.model;
