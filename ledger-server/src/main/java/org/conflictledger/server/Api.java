package org.conflictledger.server;

import static io.javalin.apibuilder.ApiBuilder.get;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.conflictledger.model.Incident;
import org.conflictledger.store.IncidentQuery;
import org.conflictledger.store.LedgerStore;

/** The API's routes: each handler reads its parameters, calls one store method and writes JSON. */
final class Api {
    /** Longest id accepted in a path; longer ones cannot be stored ids. */
    private static final int MAX_ID = 512;

    static final String INCIDENTS = "/api/incidents";
    static final String INCIDENT = "/api/incidents/{id}";
    static final String ARTICLE = "/api/articles/{id}";
    static final String STATS = "/api/stats";
    static final String OPENAPI = "/api/openapi.json";
    /** Every route of the API, as {@code openapi.json} must describe them. */
    static final List<String> PATHS = List.of(INCIDENTS, INCIDENT, ARTICLE, STATS, OPENAPI);

    private final LedgerStore store;
    private final byte[] openApi;

    Api(LedgerStore store) {
        this.store = store;
        this.openApi = resource("/openapi.json");
    }

    void routes() {
        get(INCIDENTS, this::incidents);
        get(INCIDENT, this::incident);
        get(ARTICLE, this::article);
        get(STATS, this::stats);
        get(OPENAPI, this::openApi);
    }

    private void incidents(Context ctx) {
        IncidentQuery q = Filters.parse(ctx.queryParamMap());
        List<Incident> page = store.incidents(q);
        ctx.json(new IncidentPage(store.count(q), q.limit(), q.offset(), page));
    }

    private void incident(Context ctx) {
        String id = id(ctx);
        ctx.json(store.incident(id).orElseThrow(() -> new NotFoundResponse("no incident " + id)));
    }

    private void article(Context ctx) {
        String id = id(ctx);
        ctx.json(store.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id)));
    }

    private void stats(Context ctx) {
        ctx.json(store.stats());
    }

    private void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("id must be 1.." + MAX_ID + " characters");
        }
        return id;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
