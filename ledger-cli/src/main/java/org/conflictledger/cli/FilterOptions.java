package org.conflictledger.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.conflictledger.geo.Gazetteer;
import org.conflictledger.model.EventType;
import org.conflictledger.store.IncidentQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The filters of an incident listing or export. */
final class FilterOptions {
    @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 country code, e.g. SY.")
    String country;

    @Option(names = "--admin1", paramLabel = "REGION", description = "First-level region, e.g. \"Aleppo Governorate\".")
    String admin1;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest incident day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest incident day.")
    LocalDate to;

    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "Event type: air_strike, drone_strike, shelling_artillery_missile, suicide_bomb,"
                    + " remote_explosive_ied, armed_clash, attack_on_civilians, execution_mass_killing, other.")
    EventType type;

    @Option(names = "--perpetrator", paramLabel = "ACTOR", description = "An actor blamed for it (any case).")
    String perpetrator;

    @Option(names = "--min-killed", paramLabel = "N", description = "At least this many killed (best estimate, all groups).")
    Integer minKilled;

    @Option(names = "--search", paramLabel = "WORDS", description = "Words to find in the evidence and article text.")
    String search;

    static final class TypeConverter implements ITypeConverter<EventType> {
        @Override
        public EventType convert(String value) {
            return EventType.of(value);
        }
    }

    IncidentQuery query(IncidentQuery.Sort sort, int limit, int offset) {
        String cc = country == null ? null : country.toUpperCase(Locale.ROOT);
        return new IncidentQuery(cc, admin1, from, to, type, perpetrator, minKilled, search, sort, limit, offset)
                .withAdmin1Names(Gazetteer.admin1NamesOf(admin1, cc));
    }
}
