package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One article's mention of an incident, with what resolution and reconciliation need of its article.
 *
 * @param articleId the article the mention comes from
 * @param index the mention's position among the article's incident mentions, from 0
 * @param outlet the article's publisher, or null
 * @param published the article's publication day, or null
 * @param copyOf id of the article this one republishes (a syndicated copy of one wire story), or null
 *     when it is an independent report
 * @param mention the mention; its incident id is the global one once resolved
 */
@JsonPropertyOrder({"article_id", "index", "outlet", "published", "copy_of", "mention"})
public record Report(
        @JsonProperty("article_id") String articleId,
        int index,
        String outlet,
        LocalDate published,
        @JsonProperty("copy_of") String copyOf,
        IncidentMention mention) {
    public Report {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(mention, "mention");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        if (articleId.equals(copyOf)) {
            throw new IllegalArgumentException("an article cannot be a copy of itself: " + articleId);
        }
    }

    /** The incident id the mention carries. */
    public String incidentId() {
        return mention.incidentId();
    }

    /** A copy whose mention carries another incident id. */
    public Report withIncidentId(String id) {
        return new Report(articleId, index, outlet, published, copyOf, mention.withIncidentId(id));
    }

    /** A copy marked as republishing another article (or independent, with null). */
    public Report withCopyOf(String original) {
        return new Report(articleId, index, outlet, published, original, mention);
    }
}
