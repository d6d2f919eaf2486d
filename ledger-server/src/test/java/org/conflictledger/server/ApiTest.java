package org.conflictledger.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.Incident;
import org.conflictledger.store.IncidentQuery;
import org.conflictledger.store.LedgerStore;
import org.conflictledger.store.Stats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API over real HTTP, on a real SQLite ledger of the example articles and two hostile ones. */
class ApiTest {
    @TempDir
    static Path dir;
    static LedgerStore store;
    static LedgerServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Ledgers.filled(dir);
        server = LedgerServer.start(store, "127.0.0.1", 0);
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("incidents").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void listsEveryIncidentWithItsTotalInContractFieldNames() {
        JsonNode page = http.json("/api/incidents?limit=1000");
        long total = store.count(IncidentQuery.all());
        assertTrue(total >= 8, "examples and hostile articles give incidents: " + total);
        assertEquals(total, page.get("total").asLong());
        assertEquals(1000, page.get("limit").asInt());
        assertEquals(0, page.get("offset").asInt());
        assertEquals(total, page.get("incidents").size());
        JsonNode first = page.get("incidents").get(0);
        for (String field : List.of("id", "event_type", "date_start", "geo_precision", "disputed_perpetrator", "grade",
                "figures", "history", "reports")) {
            assertTrue(first.has(field), "incident has " + field + ": " + first);
        }
        assertTrue(first.get("reports").get(0).has("article_id"));
    }

    @Test
    void filtersLikeTheStore() {
        JsonNode af = http.json("/api/incidents?country=af");
        assertTrue(af.get("total").asLong() >= 1);
        af.get("incidents").forEach(i -> assertEquals("AF", i.get("country").asText()));

        JsonNode bombs = http.json("/api/incidents?type=suicide_bomb&from=2016-01-01&to=2016-12-31&sort=date_asc");
        List<Incident> expected = store.incidents(new IncidentQuery(null, null, java.time.LocalDate.of(2016, 1, 1),
                java.time.LocalDate.of(2016, 12, 31), org.conflictledger.model.EventType.SUICIDE_BOMB, null, null, null,
                IncidentQuery.Sort.DATE_ASC, 100, 0));
        assertFalse(expected.isEmpty());
        assertEquals(expected.stream().map(Incident::id).toList(), ids(bombs));

        JsonNode big = http.json("/api/incidents?min_killed=50&sort=killed_desc");
        big.get("incidents").forEach(i -> assertTrue(killed(i) >= 50, "killed >= 50: " + i.get("id")));
        assertTrue(big.get("total").asLong() < http.json("/api/incidents").get("total").asLong());

        assertEquals(ids(http.json("/api/incidents?sort=killed_desc&limit=1000")), ids(http.json("/api/incidents?sort=killed&limit=1000")),
                "the CLI's name of an order works too");

        JsonNode text = http.json("/api/incidents?q=" + Http.encode("hospital official"));
        assertEquals(Set.of("AF"), countries(text));
    }

    private static int killed(JsonNode incident) {
        int best = -1;
        for (JsonNode f : incident.get("figures")) {
            if (f.get("category").asText().equals("killed") && f.get("best").isInt()) {
                best = Math.max(best, f.get("best").asInt());
            }
        }
        return best;
    }

    private static Set<String> countries(JsonNode page) {
        Set<String> cc = new HashSet<>();
        page.get("incidents").forEach(i -> cc.add(i.get("country").asText()));
        return cc;
    }

    @Test
    void pagesWithoutOverlap() {
        List<String> all = ids(http.json("/api/incidents?limit=1000&sort=date_asc"));
        List<String> first = ids(http.json("/api/incidents?limit=3&offset=0&sort=date_asc"));
        List<String> second = ids(http.json("/api/incidents?limit=3&offset=3&sort=date_asc"));
        assertEquals(all.subList(0, 3), first);
        assertEquals(all.subList(3, 6), second);
        JsonNode past = http.json("/api/incidents?offset=100000");
        assertEquals(0, past.get("incidents").size());
        assertEquals(all.size(), past.get("total").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2015-13-01", "to=yesterday", "min_killed=many", "min_killed=-1", "limit=0",
            "limit=10001", "offset=-5", "country=Syria", "type=bombing", "sort=random", "contry=SY",
            "from=2016-05-01&to=2016-01-01", "country=SY&country=IQ", "limit=99999999999"})
    void answersMalformedFiltersWith400(String query) {
        HttpResponse<String> r = http.get("/api/incidents?" + query);
        assertEquals(400, r.statusCode(), query + " -> " + r.body());
        assertJsonError(r, 400);
    }

    @Test
    void answersUnknownIdsAndRoutesWith404() {
        for (String path : List.of("/api/incidents/no-such-incident", "/api/articles/no-such-article",
                "/api/incidents/" + Http.encode("<script>alert(1)</script>"), "/api/nothing-here")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(404, r.statusCode(), path + " -> " + r.body());
            assertJsonError(r, 404);
        }
    }

    @Test
    void answersAFailingStoreWith500AndNoDetail(@TempDir Path other) {
        LedgerStore closed = LedgerStore.open(other.resolve("closed.db").toString());
        try (LedgerServer broken = LedgerServer.start(closed, "127.0.0.1", 0)) {
            closed.close();
            HttpResponse<String> r = new Http(broken.uri()).get("/api/stats");
            assertEquals(500, r.statusCode(), r.body());
            assertJsonError(r, 500);
            assertEquals("internal error", Http.parse(r.body()).get("error").asText(), "no internals leak");
        }
    }

    @Test
    void answersOtherMethodsWith405() {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/incidents"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, r.statusCode(), r.body());
        assertJsonError(r, 405);
    }

    private static void assertJsonError(HttpResponse<String> r, int status) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonNode body = Http.parse(r.body());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("error").asText().isBlank());
        assertEquals(2, body.size(), "only error and status: " + body);
    }

    @Test
    void givesAnIncidentWithFiguresClaimsEvidenceAndHistory() {
        for (Incident expected : store.incidents(new IncidentQuery(null, null, null, null, null, null, null, null, null, 1000, 0))) {
            JsonNode incident = http.json("/api/incidents/" + Http.encode(expected.id()));
            assertEquals(expected.id(), incident.get("id").asText());
            assertEquals(expected.figures().size(), incident.get("figures").size());
            assertEquals(expected.history().size(), incident.get("history").size());
            assertEquals(expected.reports().size(), incident.get("reports").size());
            for (JsonNode report : incident.get("reports")) {
                String text = http.json("/api/articles/" + Http.encode(report.get("article_id").asText()))
                        .get("article").get("text").asText();
                for (JsonNode claim : report.get("mention").get("claims")) {
                    assertNotNull(claim.get("source").asText());
                    int start = claim.get("start").asInt();
                    int end = claim.get("end").asInt();
                    assertEquals(claim.get("evidence").asText(), text.substring(start, end),
                            "evidence offsets point into the article text");
                }
            }
        }
    }

    @Test
    void returnsHostileArticleTextVerbatimAsJson() {
        HttpResponse<String> r = http.get("/api/articles/" + Ledgers.HOSTILE_ID);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode stored = Http.parse(r.body());
        assertEquals(Ledgers.HOSTILE_TEXT, stored.get("article").get("text").asText());
        assertTrue(stored.get("article").get("title").asText().contains(Ledgers.IMG));
        assertTrue(stored.has("copy_of") && stored.has("added") && stored.has("extraction"), stored.toString());
    }

    @Test
    void givesStatsOfTheStore() {
        JsonNode stats = http.json("/api/stats");
        Stats expected = store.stats();
        assertEquals(expected.articles(), stats.get("articles").asLong());
        assertEquals(expected.incidents(), stats.get("incidents").asLong());
        assertEquals(expected.claims(), stats.get("claims").asLong());
        assertEquals(expected.killedBest(), stats.get("killed_best").asLong());
        assertEquals(expected.incidentsByCountry().get("AF"), stats.get("incidents_by_country").get("AF").asLong());
        assertTrue(stats.has("incidents_by_event_type"));
    }

    @Test
    void describesEveryRouteInOpenApi() {
        JsonNode doc = http.json("/api/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        Set<String> described = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(described::add);
        assertEquals(Set.copyOf(Api.PATHS), described, "every route described, nothing else");
        for (String path : described) {
            HttpResponse<String> r = http.get(path.replace("{id}", "x"));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404 && path.contains("{id}"), path + " -> " + r.statusCode());
        }
        Set<String> params = new HashSet<>();
        doc.get("paths").get("/api/incidents").get("get").get("parameters").forEach(p -> params.add(p.get("name").asText()));
        assertEquals(Filters.NAMES, params, "every filter described");
    }

    @Test
    void servesThePageWithAContentSecurityPolicyAndNoInlineScript() {
        HttpResponse<String> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertEquals(LedgerServer.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        String html = page.body();
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(), "no inline script");
        assertFalse(Pattern.compile("\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no inline style or handler");
        HttpResponse<String> api = http.get("/api/stats");
        assertEquals(LedgerServer.CONTENT_SECURITY_POLICY, api.headers().firstValue("Content-Security-Policy").orElse(null));
        assertTrue(LedgerServer.CONTENT_SECURITY_POLICY.contains("script-src 'self'"));
    }

    @Test
    void servesEveryAssetOfThePageItselfWithNothingFromElsewhere() {
        String html = http.get("/").body();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        int assets = 0;
        while (m.find()) {
            String url = m.group(1);
            if (url.startsWith("data:")) {
                continue;
            }
            assertTrue(url.startsWith("/"), "local asset: " + url);
            assertEquals(200, http.get(url).statusCode(), url);
            assets++;
        }
        assertTrue(assets >= 5, "leaflet js and css, topojson, app css and js: " + assets);
        Pattern markup = Pattern.compile("(innerHTML|outerHTML)\\s*=|insertAdjacentHTML|document\\.write|\\beval\\(");
        Pattern elsewhere = Pattern.compile("https?://(?!www\\.w3\\.org/2000/svg)");
        for (String module : List.of("/js/app.js", "/js/dom.js", "/js/api.js", "/js/map.js", "/js/timeline.js",
                "/js/incident.js")) {
            HttpResponse<String> r = http.get(module);
            assertEquals(200, r.statusCode(), module);
            assertFalse(markup.matcher(r.body()).find(), module + " never writes markup");
            assertFalse(elsewhere.matcher(r.body()).find(), module + " loads nothing from elsewhere");
        }
        JsonNode world = http.json("/vendor/countries-110m.json");
        assertTrue(world.get("objects").get("countries").get("geometries").size() > 150);
    }
}
