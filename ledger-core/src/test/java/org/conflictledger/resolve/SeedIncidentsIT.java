package org.conflictledger.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conflictledger.Pipeline;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.junit.jupiter.api.Test;

/** The four seed articles report four different Raqqa strikes (2014-2017): resolution keeps them apart. */
class SeedIncidentsIT {
    @Test
    void theFourSeedsAreFourSeparateIncidents() {
        List<Article> seeds = Ingest.readAll(List.of(Path.of("../examples"))).articles().stream()
                .filter(a -> a.id().matches("00\\d_.*")).toList();
        assertEquals(4, seeds.size());
        Pipeline pipeline = Pipeline.standard();
        List<Extraction> out = IncidentResolver.scoring().resolve(seeds.stream().map(pipeline::extract).toList(),
                IncidentResolver.published(seeds));
        Set<String> mainIds = new HashSet<>();
        for (Extraction e : out) {
            mainIds.add(e.incidents().get(0).incidentId());
        }
        assertEquals(4, mainIds.size(), "main incidents: " + mainIds);
    }
}
