package org.conflictledger.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gold annotations of a directory, read by {@link GoldScorer#loadGold}: for each article id, in the
 * order of the files' names, the incidents an annotator found in it.
 */
public final class GoldSet {
    private final Map<String, List<Mention>> articles;

    GoldSet(Map<String, List<Mention>> articles) {
        Map<String, List<Mention>> copy = new LinkedHashMap<>();
        articles.forEach((id, incidents) -> copy.put(id, List.copyOf(incidents)));
        this.articles = Collections.unmodifiableMap(copy);
    }

    /** The article ids, in the order the scorer visits them. */
    public Set<String> articleIds() {
        return articles.keySet();
    }

    /** How many gold incidents the articles hold in all. */
    public int incidentCount() {
        return articles.values().stream().mapToInt(List::size).sum();
    }

    Map<String, List<Mention>> articles() {
        return articles;
    }
}
