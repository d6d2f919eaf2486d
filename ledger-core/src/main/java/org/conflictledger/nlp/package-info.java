/**
 * Linguistic annotation with Stanford CoreNLP.
 *
 * <p>In: {@link org.conflictledger.model.Article}. Out: {@link org.conflictledger.model.AnnotatedArticle}
 * (sentences, tokens with character offsets, entity mentions with normalised numbers and dates). No
 * CoreNLP type leaves this package; the models load once per process.
 */
package org.conflictledger.nlp;
