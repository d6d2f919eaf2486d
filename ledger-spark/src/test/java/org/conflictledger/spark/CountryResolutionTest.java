package org.conflictledger.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.conflictledger.model.Qualifier;
import org.conflictledger.resolve.IncidentResolver;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Resolving each country's mentions on its own, as the job's shuffle does, gives the ids that resolving the
 * whole batch gives: random batches of mentions crowded into few places and days, so that many merge.
 */
class CountryResolutionTest {
    private record Town(String name, String admin1, String country, double lat, double lon) {
    }

    private static final List<Town> TOWNS = List.of(
            new Town("Raqqa", "Raqqa Governorate", "SY", 35.95, 39.01),
            new Town("Tabqa", "Raqqa Governorate", "SY", 35.84, 38.55),
            new Town("Aleppo", "Aleppo Governorate", "SY", 36.20, 37.16),
            new Town("Mosul", "Nineveh", "IQ", 36.34, 43.13),
            new Town("Ramadi", "Al Anbar", "IQ", 33.42, 43.30),
            new Town("Sanaa", "Sanaa", "YE", 15.35, 44.21));

    @Test
    void aSmallBatchAcrossCountriesResolvesAlikeAndMerges() {
        assertSameAsGlobal(new Random(9), 40);
    }

    @RepeatedTest(8)
    void randomBatchesResolveAlikeWhetherWholeOrByCountry(org.junit.jupiter.api.RepetitionInfo repetition) {
        assertSameAsGlobal(new Random(1000 + repetition.getCurrentRepetition()), 90);
    }

    @Test
    void anArticleWithoutRenamesStaysByteForByteTheSame() {
        ExtractedRow row = new ExtractedRow(7, "a", null, Json.line(new Extraction("a", List.of())), false);

        assertTrue(row == CountryResolution.apply(row, List.of()));
    }

    private static void assertSameAsGlobal(Random random, int articles) {
        List<Extraction> batch = batch(random, articles);
        Map<String, LocalDate> published = published(random, batch);
        List<Extraction> global = IncidentResolver.scoring().resolve(batch, published);

        List<Extraction> byCountry = byCountry(batch, published);

        assertEquals(lines(global), lines(byCountry));
        Set<String> before = ids(batch);
        Set<String> after = ids(global);
        assertTrue(after.size() < before.size(), "no mention merged: the batch does not test resolution");
    }

    /** The job's route, without Spark: key by country, resolve each key's mentions, join the renames back. */
    private static List<Extraction> byCountry(List<Extraction> batch, Map<String, LocalDate> published) {
        List<ExtractedRow> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            String id = batch.get(i).id();
            rows.add(new ExtractedRow(i, id, published.get(id), Json.line(batch.get(i)), false));
        }
        Map<String, List<CountryResolution.Mention>> blocks = new TreeMap<>();
        for (ExtractedRow row : rows) {
            for (Tuple2<String, CountryResolution.Mention> m : CountryResolution.mentions(row)) {
                blocks.computeIfAbsent(m._1(), k -> new ArrayList<>()).add(m._2());
            }
        }
        Map<String, List<CountryResolution.Rename>> renames = new TreeMap<>();
        for (Map.Entry<String, List<CountryResolution.Mention>> block : blocks.entrySet()) {
            List<CountryResolution.Mention> shuffled = new ArrayList<>(block.getValue());
            java.util.Collections.reverse(shuffled); // a shuffle gives no order
            for (Tuple2<String, CountryResolution.Rename> r : CountryResolution.resolve(block.getKey(), shuffled)) {
                renames.computeIfAbsent(r._1(), k -> new ArrayList<>()).add(r._2());
            }
        }
        List<Extraction> out = new ArrayList<>();
        for (ExtractedRow row : rows) {
            out.add(CountryResolution.parse(CountryResolution.apply(row, renames.getOrDefault(row.id(), List.of())).json()));
        }
        return out;
    }

    private static List<Extraction> batch(Random random, int articles) {
        List<Extraction> batch = new ArrayList<>();
        LocalDate base = LocalDate.of(2015, 11, 15);
        for (int a = 0; a < articles; a++) {
            String id = String.format("art-%03d", random.nextInt(1000)) + "-" + a;
            List<IncidentMention> mentions = new ArrayList<>();
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                Town town = TOWNS.get(random.nextInt(TOWNS.size()));
                boolean placed = random.nextInt(6) > 0;
                boolean countryKnown = placed || random.nextBoolean();
                LocalDate day = random.nextInt(5) == 0 ? null : base.plusDays(random.nextInt(6));
                int toll = 3 + random.nextInt(4);
                String evidence = "At least " + toll + " civilians were killed";
                Claim claim = new Claim("reporter", Category.KILLED, Group.CIVILIANS, toll, Qualifier.AT_LEAST,
                        evidence, 10, 10 + evidence.length());
                mentions.add(new IncidentMention(id + "-" + (i + 1),
                        random.nextBoolean() ? EventType.AIR_STRIKE : EventType.OTHER, day, day,
                        placed ? town.name() : null, placed ? town.admin1() : null,
                        countryKnown ? town.country() : null, placed ? town.lat() : null, placed ? town.lon() : null,
                        placed ? GeoPrecision.CITY : null, List.of(), false,
                        random.nextInt(3) == 0 ? List.of() : List.of(claim)));
            }
            batch.add(new Extraction(id, mentions));
        }
        return batch;
    }

    /** Two articles in three carry a publication day, within the days the batch's mentions cover. */
    private static Map<String, LocalDate> published(Random random, List<Extraction> batch) {
        Map<String, LocalDate> out = new TreeMap<>();
        for (Extraction e : batch) {
            if (random.nextInt(3) > 0) {
                out.put(e.id(), LocalDate.of(2015, 11, 15).plusDays(random.nextInt(9)));
            }
        }
        return out;
    }

    private static List<String> lines(List<Extraction> extractions) {
        return extractions.stream().map(Json::line).toList();
    }

    private static Set<String> ids(List<Extraction> extractions) {
        Set<String> ids = new HashSet<>();
        extractions.forEach(e -> e.incidents().forEach(m -> ids.add(m.incidentId())));
        return ids;
    }
}
