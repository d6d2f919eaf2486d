package org.conflictledger.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.conflictledger.model.Report;
import org.conflictledger.resolve.IncidentResolver;
import scala.Tuple2;

/**
 * Resolution split by the resolver's blocking key, so that a shuffle can spread it over executors.
 *
 * <p>The scoring resolver only ever pairs mentions of the same country and never merges a mention that has
 * none; ties between pairs are broken by the reports' own keys, and a new incident takes the id of its
 * smallest report key. So the incidents of one country are found from that country's mentions alone, with
 * the ids the whole batch would give them, and a mention without a country keeps its extractor id. Resolving
 * each country's mentions on its own ({@link #resolve(String, Iterable)}) therefore gives exactly
 * {@code IncidentResolver.scoring().resolve(batch, published)}; {@code CountryResolutionTest} holds that line.
 */
final class CountryResolution {
    private CountryResolution() {
    }

    /**
     * One incident mention on its way to its country's resolution.
     *
     * @param position the article's place in the input (see {@link ArticleRow#position()})
     * @param articleId the article it comes from
     * @param index its position among the article's mentions
     * @param published the article's publication day, or null
     * @param json the mention, as the contract writes it
     */
    record Mention(long position, String articleId, int index, LocalDate published, String json) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A mention's global incident id, where resolution changed it.
     *
     * @param index the mention's position among its article's mentions
     * @param incidentId the global id
     */
    record Rename(int index, String incidentId) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The article's mentions that can merge with others, keyed by country; the rest keep their ids. */
    static List<Tuple2<String, Mention>> mentions(ExtractedRow row) {
        Extraction e = parse(row.json());
        List<Tuple2<String, Mention>> out = new ArrayList<>();
        for (int i = 0; i < e.incidents().size(); i++) {
            IncidentMention m = e.incidents().get(i);
            if (m.country() != null) {
                out.add(new Tuple2<>(m.country(), new Mention(row.position(), e.id(), i, row.published(), Json.line(m))));
            }
        }
        return out;
    }

    /**
     * Resolves one country's mentions; returns, keyed by article id, the mentions whose id changed. The
     * mentions are first put back in input order, whatever order the shuffle delivered them in: the resolver
     * breaks ties between equally scored pairs by the pair's keys in the order the reports came, so the same
     * mentions in another order can merge differently.
     */
    static List<Tuple2<String, Rename>> resolve(String country, Iterable<Mention> mentions) {
        List<Mention> ordered = new ArrayList<>();
        mentions.forEach(ordered::add);
        ordered.sort(Comparator.comparingLong(Mention::position).thenComparingInt(Mention::index));
        List<Report> reports = new ArrayList<>();
        for (Mention m : ordered) {
            IncidentMention mention = read(m.json(), IncidentMention.class);
            if (!country.equals(mention.country())) {
                throw new IllegalArgumentException("mention " + m.articleId() + "#" + m.index() + " of "
                        + mention.country() + " in the block of " + country);
            }
            reports.add(new Report(m.articleId(), m.index(), null, m.published(), null, mention));
        }
        List<Report> resolved = IncidentResolver.scoring().resolve(List.of(), reports);
        List<Tuple2<String, Rename>> out = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            Report r = resolved.get(i);
            if (!r.incidentId().equals(reports.get(i).incidentId())) {
                out.add(new Tuple2<>(r.articleId(), new Rename(r.index(), r.incidentId())));
            }
        }
        return out;
    }

    /** The row with its mentions renamed to their global ids; the row itself when nothing changed. */
    static ExtractedRow apply(ExtractedRow row, Iterable<Rename> renames) {
        Map<Integer, String> ids = new HashMap<>();
        for (Rename r : renames) {
            ids.put(r.index(), r.incidentId());
        }
        if (ids.isEmpty()) {
            return row;
        }
        Extraction e = parse(row.json());
        List<IncidentMention> renamed = new ArrayList<>(e.incidents().size());
        for (int i = 0; i < e.incidents().size(); i++) {
            String id = ids.get(i);
            renamed.add(id == null ? e.incidents().get(i) : e.incidents().get(i).withIncidentId(id));
        }
        return new ExtractedRow(row.position(), row.id(), row.published(), Json.line(new Extraction(e.id(), renamed)), row.failed());
    }

    static Extraction parse(String json) {
        return read(json, Extraction.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read back a " + type.getSimpleName() + " this job wrote", e);
        }
    }
}
