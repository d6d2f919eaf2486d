package org.conflictledger.model;

import java.util.List;
import java.util.Objects;

/**
 * What the extract stage found in one article: one line of {@code ledger extract --format jsonl}.
 *
 * @param id the article's id
 * @param incidents incident mentions, empty when the article reports none
 */
public record Extraction(String id, List<IncidentMention> incidents) {
    public Extraction {
        Objects.requireNonNull(id, "id");
        incidents = List.copyOf(incidents);
    }
}
