package dev.visionbook.api;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.Part;
import dev.visionbook.server.LocalServer;
import dev.visionbook.server.ServerConfig;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared local server's own process ({@code visionbook server run}): serves the data of one
 * visionbook home on loopback, writes the state file once it listens, and stops (removing the
 * file) after a while with nothing to do, when told to (a signal), or when its state file no
 * longer names it (another server replaced it, or its home was deleted).
 *
 * <p>Threading: the caller's thread watches for idleness; Jetty's threads serve; a shutdown hook
 * closes the server when the process is told to stop; an optional background thread loads the
 * engine's models with one small prompt.
 */
final class ServerDaemon {

    private static final Logger LOG = LoggerFactory.getLogger(ServerDaemon.class);

    private final ServerHome home;
    private final Duration idleTimeout;
    private final String launch;
    /** Quiet for this long, the server compacts its heap once (the JVM gives what it frees back). */
    private static final Duration COMPACT_AFTER = Duration.ofSeconds(30);

    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean compacted;
    private LocalServer server;

    ServerDaemon(ServerHome home, Duration idleTimeout, String launch) {
        this.home = home;
        this.idleTimeout = idleTimeout;
        this.launch = launch;
    }

    /** Serves until idle or told to stop; returns when the server has stopped. */
    void serve(int preferredPort, boolean warmModels) throws IOException {
        String key = keyIn(home.dataDir());
        server = start(ServerConfig.loopback(home.dataDir().resolve("server"), Set.of(key)), preferredPort);
        ServerState state = new ServerState(server.port(), ProcessHandle.current().pid(), BuildVersion.current(), key,
                launch, Instant.now());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop("told to stop"), "visionbook-server-stop"));
        state.write(home.stateFile());
        LOG.info("Serving {} for the kernels of {} (pid {}, {}; data in {}); stops after {} idle", state.baseUrl(),
                System.getProperty("user.name"), state.pid(), state.version(), home.dataDir(), IdleTimeout.format(idleTimeout));
        if (warmModels) {
            Thread warm = new Thread(() -> warmUp(state), "visionbook-server-warm-up");
            warm.setDaemon(true);
            warm.setPriority(Thread.MIN_PRIORITY);
            warm.start();
        }
        watch();
    }

    private void watch() throws IOException {
        long tick = Math.max(20, Math.min(1000, idleTimeout.toMillis() / 4));
        while (!closed.get()) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop("interrupted");
                return;
            }
            if (ServerState.read(home.stateFile()).filter(state -> state.launch().equals(launch)).isEmpty()) {
                stop("its state file " + home.stateFile() + " no longer names it");
                return;
            }
            Duration idle = server.idleFor();
            if (idle.compareTo(COMPACT_AFTER) >= 0 && !compacted) {
                // Give the heap that a video's analysis grew back to the system while nobody waits.
                System.gc();
                compacted = true;
            } else if (idle.compareTo(COMPACT_AFTER) < 0) {
                compacted = false;
            }
            if (idle.compareTo(idleTimeout) >= 0) {
                // Under the lock, so that no kernel finds this server just as it stops: a kernel that
                // found it has made a request, and the server is no longer idle.
                boolean stopped = ServerLock.holding(home.lockFile(), () -> {
                    if (server.idleFor().compareTo(idleTimeout) < 0) {
                        return false;
                    }
                    stop("idle for " + IdleTimeout.format(idleTimeout));
                    return true;
                });
                if (stopped) {
                    return;
                }
            }
        }
    }

    private void stop(String why) {
        if (closed.compareAndSet(false, true)) {
            LOG.info("Stopping: {}", why);
            ServerState.deleteIfLaunch(home.stateFile(), launch);
            server.close();
        }
    }

    /** On the port the last server had, so clients made for it work on; any port when it is taken. */
    private static LocalServer start(ServerConfig config, int preferredPort) throws IOException {
        if (preferredPort > 0) {
            try {
                return LocalServer.start(config.withPort(preferredPort));
            } catch (Exception e) {
                LOG.info("Port {} is taken ({}); serving on another", preferredPort, e.getMessage());
            }
        }
        try {
            return LocalServer.start(config);
        } catch (Exception e) {
            throw new IOException("the server could not start in " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    /** One small image prompt, so that the detectors are loaded before the first real one. */
    private static void warmUp(ServerState state) {
        long start = System.nanoTime();
        try {
            Client client = BackendChoice.client(state.key(), state.baseUrl(), Duration.ofMinutes(2));
            Content content = Content.fromParts(Part.fromBytes(smallImage(), "image/png"), Part.fromText("What is in this image?"));
            client.models.generateContent(GenAI.DEFAULT_MODEL, List.of(content), null);
            LOG.info("Models loaded ahead of the first prompt in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | IOException e) {
            LOG.info("Loading the models ahead did not work ({}); the first prompt loads them", e.toString());
        }
    }

    private static byte[] smallImage() throws IOException {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 96, 96);
        graphics.setColor(Color.BLUE);
        graphics.fillOval(24, 24, 48, 48);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** The folder's key, made once; written to a temporary file and renamed so it is never half there. */
    private static String keyIn(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path keyFile = dataDir.resolve("api-key");
        if (Files.isRegularFile(keyFile)) {
            String key = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
            if (!key.isEmpty()) {
                return key;
            }
        }
        String key = LocalServer.randomKey();
        Path temporary = Files.createTempFile(dataDir, "api-key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the folder's own permissions protect the key
        }
        Files.writeString(temporary, key + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}
