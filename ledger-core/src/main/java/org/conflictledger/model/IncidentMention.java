package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One incident as one article reports it. Fields the article does not support are null or empty.
 *
 * @param incidentId identifier of the incident; shared by mentions the resolver merged
 * @param eventType the event's type in our taxonomy
 * @param dateStart first day of the incident, or null when the article does not pin it
 * @param dateEnd last day of the incident (equal to dateStart for one day), or null
 * @param location most specific place named for the incident, as a common English name, or null
 * @param admin1 first-level region, or null
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param lat latitude of the place, or null
 * @param lon longitude of the place, or null
 * @param geoPrecision how precisely lat/lon locate the incident, or null
 * @param perpetrators actors said to have carried it out, short names; all candidates when sources disagree
 * @param disputedPerpetrator true when sources attribute it to different actors or deny it
 * @param claims casualty claims, in text order
 */
@JsonPropertyOrder({"incident_id", "event_type", "date_start", "date_end", "location", "admin1", "country",
        "lat", "lon", "geo_precision", "perpetrators", "disputed_perpetrator", "claims"})
public record IncidentMention(
        @JsonProperty("incident_id") String incidentId,
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
        List<Claim> claims) {
    public IncidentMention {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(eventType, "eventType");
        perpetrators = List.copyOf(perpetrators);
        claims = List.copyOf(claims);
        if (dateStart != null && dateEnd != null && dateEnd.isBefore(dateStart)) {
            throw new IllegalArgumentException("date_end " + dateEnd + " before date_start " + dateStart);
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: " + country);
        }
    }

    /** A copy with other attackers (and whether they are disputed). */
    public IncidentMention withPerpetrators(List<String> attackers, boolean disputed) {
        return new IncidentMention(incidentId, eventType, dateStart, dateEnd, location, admin1, country, lat, lon,
                geoPrecision, attackers, disputed, claims);
    }

    /** A copy at another place, as written, in another country. */
    public IncidentMention withLocation(String written, String countryCode) {
        return new IncidentMention(incidentId, eventType, dateStart, dateEnd, written, admin1, countryCode, lat, lon,
                geoPrecision, perpetrators, disputedPerpetrator, claims);
    }

    /** A copy of another type and days. */
    public IncidentMention withKindAndDays(EventType type, LocalDate start, LocalDate end) {
        return new IncidentMention(incidentId, type, start, end, location, admin1, country, lat, lon,
                geoPrecision, perpetrators, disputedPerpetrator, claims);
    }

    /** A copy with another incident id (the resolver's global id). */
    public IncidentMention withIncidentId(String id) {
        return new IncidentMention(id, eventType, dateStart, dateEnd, location, admin1, country, lat, lon,
                geoPrecision, perpetrators, disputedPerpetrator, claims);
    }
}
