package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real incident as the ledger knows it: its reports from every article side by side, and the figures
 * reconciled from their claims (../shared/DESIGN.md, "Incident").
 *
 * @param id the global incident id every report of it carries
 * @param eventType the type most reports give
 * @param dateStart first day, or null when no report pins it
 * @param dateEnd last day, or null
 * @param location most precise place the reports agree on, or null
 * @param admin1 first-level region, or null
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param lat latitude of the place, or null
 * @param lon longitude of the place, or null
 * @param geoPrecision how precisely lat/lon locate it, or null
 * @param perpetrators every actor any report blames, in order of first report
 * @param disputedPerpetrator true when reports blame different actors or deny the attribution
 * @param grade how well independent sources support it
 * @param figures reconciled figures per (category, group)
 * @param history how the figures moved as reports came out, oldest first
 * @param reports every report of it, ordered by publication day then article id
 */
@JsonPropertyOrder({"id", "event_type", "date_start", "date_end", "location", "admin1", "country", "lat", "lon",
        "geo_precision", "perpetrators", "disputed_perpetrator", "grade", "figures", "history", "reports"})
public record Incident(
        String id,
        @JsonProperty("event_type") EventType eventType,
        @JsonProperty("date_start") LocalDate dateStart,
        @JsonProperty("date_end") LocalDate dateEnd,
        String location,
        String admin1,
        String country,
        Double lat,
        Double lon,
        @JsonProperty("geo_precision") GeoPrecision geoPrecision,
        List<String> perpetrators,
        @JsonProperty("disputed_perpetrator") boolean disputedPerpetrator,
        Grade grade,
        List<Figure> figures,
        List<TollPoint> history,
        List<Report> reports) {
    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(grade, "grade");
        perpetrators = List.copyOf(perpetrators);
        figures = List.copyOf(figures);
        history = List.copyOf(history);
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("an incident needs at least one report: " + id);
        }
        for (Report r : reports) {
            if (!id.equals(r.incidentId())) {
                throw new IllegalArgumentException("report of " + r.articleId() + " carries " + r.incidentId() + ", not " + id);
            }
        }
    }

    /** The best estimate of a (category, group), or null when no figure gives one. */
    public Integer best(Category category, Group group) {
        for (Figure f : figures) {
            if (f.category() == category && f.group() == group) {
                return f.best();
            }
        }
        return null;
    }
}
