package org.conflictledger.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Report;

/** The resolve stage's contract: mentions of one real incident in many articles get one global id. */
public interface IncidentResolver {
    /**
     * Days either side of a report's date within which a known incident can still take it; a store loads the
     * known reports of the same countries in this window (and the undated ones) before calling
     * {@link #resolve(List, List)}.
     */
    int WINDOW_DAYS = 7;

    /**
     * Incremental resolution: each incoming report joins a known incident (taking its id) or a new one. Known
     * reports keep their ids, and two known incidents are never merged. Reports of one article never share an
     * incident. Deterministic: the same known and incoming reports give the same ids, whatever their order.
     *
     * @param known reports already resolved, carrying their global incident ids
     * @param incoming reports to resolve; their mentions' ids are the extractor's per-article ids
     * @return the incoming reports, in their order, carrying global ids
     */
    List<Report> resolve(List<Report> known, List<Report> incoming);

    /**
     * A batch of extractions resolved against each other: the same extractions, their mentions carrying
     * global ids. A new incident's id is the id its earliest report (by article id) gave its mention.
     */
    default List<Extraction> resolve(List<Extraction> batch) {
        return resolve(batch, Map.of());
    }

    /**
     * {@link #resolve(List)} knowing when articles were published: an undated mention of an article published on a
     * known day can only report an incident of the days before it, not one of another year.
     *
     * @param published publication day by article id; an article it lacks has none
     */
    default List<Extraction> resolve(List<Extraction> batch, Map<String, LocalDate> published) {
        List<Report> incoming = new ArrayList<>();
        for (Extraction e : batch) {
            for (int i = 0; i < e.incidents().size(); i++) {
                incoming.add(new Report(e.id(), i, null, published.get(e.id()), null, e.incidents().get(i)));
            }
        }
        List<Report> resolved = resolve(List.of(), incoming);
        List<Extraction> out = new ArrayList<>(batch.size());
        int n = 0;
        for (Extraction e : batch) {
            List<IncidentMention> renamed = new ArrayList<>();
            for (int i = 0; i < e.incidents().size(); i++) {
                renamed.add(resolved.get(n++).mention());
            }
            out.add(new Extraction(e.id(), renamed));
        }
        return out;
    }

    /** The publication days of those of the articles that have one, by article id. */
    static Map<String, LocalDate> published(Collection<Article> articles) {
        Map<String, LocalDate> out = new HashMap<>();
        for (Article a : articles) {
            if (a.published() != null) {
                out.put(a.id(), a.published());
            }
        }
        return out;
    }

    /** Blocking on country, then scoring place, date, event type and shared tolls. */
    static IncidentResolver scoring() {
        return new ScoringIncidentResolver();
    }
}
