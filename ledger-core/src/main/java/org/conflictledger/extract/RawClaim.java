package org.conflictledger.extract;

import org.conflictledger.model.Category;
import org.conflictledger.model.Group;
import org.conflictledger.model.Qualifier;

/**
 * A casualty figure found in a sentence, before its source and incident are settled.
 *
 * @param view the sentence
 * @param first first token of the figure (qualifier excluded)
 * @param last token after the figure's noun phrase
 * @param value the figure, null when vague
 * @param qualifier how exact it is
 * @param category killed or injured
 * @param group whom it counts
 * @param part true when it counts a part of an earlier figure ("including three children")
 */
record RawClaim(SentenceView view, int first, int last, Integer value, Qualifier qualifier, Category category,
                Group group, boolean part) {
}
