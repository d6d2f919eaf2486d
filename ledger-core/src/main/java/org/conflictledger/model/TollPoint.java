package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of an incident's toll over time: the reconciled figure of a (category, group) as it stood after
 * the reports published up to {@code date}.
 *
 * @param date publication day of the reports that moved the figure, or null for undated reports
 * @param category killed or injured
 * @param group whom the figure counts
 * @param best the best estimate then
 * @param articleId the article whose report moved it
 */
@JsonPropertyOrder({"date", "category", "group", "best", "article_id"})
public record TollPoint(LocalDate date, Category category, Group group, Integer best,
                        @JsonProperty("article_id") String articleId) {
    public TollPoint {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(articleId, "articleId");
    }
}
