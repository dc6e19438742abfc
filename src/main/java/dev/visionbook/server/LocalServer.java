package dev.visionbook.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.engine.LocalEngine;
import dev.visionbook.store.FileStore;
import dev.visionbook.store.StoreException;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Gemini API server: the File API, generateContent, streaming and countTokens on
 * loopback, for any official SDK pointed at {@link #baseUrl()}.
 *
 * <pre>{@code
 * try (LocalServer server = LocalServer.start(ServerConfig.loopback(dir, Set.of("my-key")))) {
 *     Client client = Client.builder().apiKey("my-key")
 *         .httpOptions(HttpOptions.builder().baseUrl(server.baseUrl()).build()).build();
 * }
 * }</pre>
 *
 * <p>Threading: Jetty's request threads serve requests; a media pool decodes videos; one
 * scheduler thread sweeps expired files every ten minutes (more often with a short file lifetime).
 */
public final class LocalServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalServer.class);

    private final Javalin app;
    private final FileStore store;
    private final MediaProcessor processor;
    private final ScheduledExecutorService sweeper;
    private final String host;
    private final RequestActivity activity;

    private LocalServer(Javalin app, FileStore store, MediaProcessor processor, ScheduledExecutorService sweeper,
                        String host, RequestActivity activity) {
        this.app = app;
        this.host = host;
        this.activity = activity;
        this.store = store;
        this.processor = processor;
        this.sweeper = sweeper;
    }

    /** Opens the store, resumes unfinished processing and starts serving. */
    public static LocalServer start(ServerConfig config) throws StoreException {
        FileStore store = FileStore.open(config.dataDir(), config.limits(), config.clock(), new UploadInspector());
        LocalEngine engine = new LocalEngine(store.privateFolder("analysis"));
        MediaProcessor processor = new MediaProcessor(store, engine);
        processor.resume();
        ObjectMapper json = new ObjectMapper();
        ApiKeys keys = new ApiKeys(config.apiKeys());
        UploadRoutes uploads = new UploadRoutes(store, keys, processor, json);
        FileRoutes files = new FileRoutes(store, keys);
        ModelRoutes models = new ModelRoutes(store, keys, engine, json, config.maxInlineRequestBytes(),
                store.privateFolder("scratch"));
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.startupWatcherEnabled = false;
            javalin.jsonMapper(new JavalinJackson(json, false));
            javalin.http.maxRequestSize = config.maxInlineRequestBytes();
            javalin.jetty.addConnector((server, http) ->
                    BulkConnector.create(server, http, config.host(), config.port()));
            javalin.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(json)));
        });
        ApiErrors errors = new ApiErrors(config.dataDir());
        app.exception(ApiException.class, errors::send);
        app.exception(StoreException.class, (e, ctx) -> errors.send(ApiErrors.from(e), ctx));
        app.exception(Exception.class, (e, ctx) -> errors.send(ApiErrors.internal(e), ctx));
        app.error(404, ctx -> {
            if (ctx.result() == null || !ctx.result().startsWith("{")) {
                errors.send(ApiException.notFound("Unknown path " + ctx.method() + " " + ctx.path()
                        + ". The local server serves the Gemini API under /v1 and /v1beta."), ctx);
            }
        });
        RequestActivity activity = new RequestActivity(Clock.systemUTC());
        app.before(ctx -> activity.begin());
        app.after(ctx -> activity.end());
        // After begin(), so that a refused request still ends what it began.
        app.before(new HostGuard(config.host(), config.allowedHosts())::check);
        Routes.register(app, uploads, files, models, keys);
        try {
            app.start();
        } catch (RuntimeException e) {
            closeQuietly(processor, store);
            throw e;
        }
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "visionbook-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                store.sweep();
            } catch (StoreException | RuntimeException e) {
                LOG.warn("Sweeping expired files failed: {}", e.getMessage());
            }
        }, sweepEvery(config), sweepEvery(config), TimeUnit.MILLISECONDS);
        return new LocalServer(app, store, processor, sweeper, config.host(), activity);
    }

    /** Every ten minutes, or more often when files live shorter, so that blobs go soon after expiry. */
    private static long sweepEvery(ServerConfig config) {
        long quarter = config.limits().fileLifetime().toMillis() / 4;
        return Math.max(250, Math.min(TimeUnit.MINUTES.toMillis(10), quarter));
    }

    public int port() {
        return app.port();
    }

    /** The base URL to give an SDK, for example {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1"
                : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port();
    }

    /**
     * How long the server has had nothing to do: zero while a request is in flight or a file is
     * PROCESSING, else the time since the last request ended (or since it started).
     */
    public Duration idleFor() {
        try {
            if (!store.processing().isEmpty()) {
                return Duration.ZERO;
            }
        } catch (StoreException e) {
            return Duration.ZERO;
        }
        return activity.idleFor();
    }

    /** Deletes expired files now rather than at the next scheduled sweep. */
    public int sweep() throws StoreException {
        return store.sweep();
    }

    /** A fresh random key, for an embedded server that only its own process talks to. */
    public static String randomKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "local-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        app.stop();
        sweeper.shutdownNow();
        closeQuietly(processor, store);
    }

    private static void closeQuietly(MediaProcessor processor, FileStore store) {
        try {
            processor.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.close();
        } catch (StoreException e) {
            LOG.warn("Closing the store failed: {}", e.getMessage());
        }
    }
}
