package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The reconciled figure of one (category, group) of an incident, from every claim its reports make.
 *
 * @param category killed or injured
 * @param group whom the figure counts
 * @param low the lowest figure a credible claim supports, or null when only vague claims exist
 * @param best the best estimate under {@code rule}, or null when only vague claims exist
 * @param high the highest figure a credible claim supports, or null when only vague claims exist
 * @param rule the rule that chose {@code best} (for example "ucdp_best" or "conservative")
 * @param conflict true when independent sources disagree beyond what their qualifiers allow
 * @param claims how many claims the figure reconciles, revisions included
 * @param sources how many independent sources gave a figure
 */
@JsonPropertyOrder({"category", "group", "low", "best", "high", "rule", "conflict", "claims", "sources"})
public record Figure(Category category, Group group, Integer low, Integer best, Integer high, String rule,
                     boolean conflict, int claims, int sources) {
    public Figure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(rule, "rule");
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " above high " + high);
        }
        if (best != null && (low != null && best < low || high != null && best > high)) {
            throw new IllegalArgumentException("best " + best + " outside [" + low + ", " + high + "]");
        }
    }
}
