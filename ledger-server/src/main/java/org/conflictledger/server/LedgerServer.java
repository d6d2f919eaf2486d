package org.conflictledger.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.conflictledger.model.Json;
import org.conflictledger.store.LedgerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running ledger server: the JSON API and the web page over one store. Handlers are thin: each calls one store
 * method; errors are mapped once, to {@code {"error": "...", "status": N}} with the matching status code (a
 * malformed filter is 400, an unknown id 404). Every response carries a Content-Security-Policy that allows only
 * the server's own scripts and styles, so article text that slipped into markup could not run.
 */
public final class LedgerServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerServer.class);

    /** The page's policy: nothing from elsewhere, no inline script or style, no plugins, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final String host;

    private LedgerServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts a server on {@code host}:{@code port} (port 0 picks a free one) over a store it does not own: closing
     * the server leaves the store open. Fails at start-up when the port cannot be bound.
     */
    public static LedgerServer start(LedgerStore store, String host, int port) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        Api api = new Api(store);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            config.staticFiles.enableWebjars();
            config.router.apiBuilder(api::routes);
        });
        app.before(LedgerServer::secure);
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        app.start(host, port);
        LOG.debug("ledger server on http://{}:{}/", host, app.port());
        return new LedgerServer(app, host);
    }

    /**
     * The mapping of the data contract ({@link Json#mapper()}) with snake_case names for the records that do not
     * name their fields themselves (stats, stored articles, pages); contract records keep their explicit names.
     */
    static ObjectMapper mapper() {
        ObjectMapper m = Json.mapper().copy();
        m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        return m;
    }

    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message == null || message.isBlank() ? "error " + status : message);
        body.put("status", status);
        ctx.status(status).json(body);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The page's address (loopback when the server listens on every interface). */
    public URI uri() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Stops the server; the store stays open. */
    @Override
    public void close() {
        app.stop();
    }
}
