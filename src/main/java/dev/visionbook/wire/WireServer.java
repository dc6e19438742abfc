package dev.visionbook.wire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback HTTP server that an SDK's base URL points at: it hands every request (uploads
 * included) to one handler and writes the {@link Reply}. Made by {@link Wire}.
 *
 * <p>Threading: Jetty's pool (daemon threads) serves requests, several at once; handlers are
 * thread-safe.
 */
public final class WireServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WireServer.class);

    private final Server jetty;
    private final ServerConnector connector;
    private final String description;

    private WireServer(Server jetty, ServerConnector connector, String description) {
        this.jetty = jetty;
        this.connector = connector;
        this.description = description;
    }

    static WireServer start(String host, int port, WireHandler handler, String description) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("visionbook-wire");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        // Daemon threads only: a program that used genai ends when its main method does.
        jetty.addBean(new ScheduledExecutorScheduler("visionbook-wire-scheduler", true));
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(new Dispatch(handler));
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new WireServer(jetty, connector, description);
    }

    /** The base URL to give an SDK, for example {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1" : connector.getHost();
        return "http://" + host + ":" + connector.getLocalPort();
    }

    /** What this server does, in a few words: "replaying tutorial.jsonl", "faults from faults.json". */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("Stopping the loopback server failed: {}", e.getMessage());
        }
    }

    /** Jetty's side: turns the servlet request into an {@link Inbound} and writes the reply. */
    private static final class Dispatch extends AbstractHandler {

        private final WireHandler handler;

        Dispatch(WireHandler handler) {
            this.handler = handler;
        }

        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            base.setHandled(true);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : Collections.list(request.getHeaderNames())) {
                headers.put(name, Collections.list(request.getHeaders(name)));
            }
            Inbound inbound = new Inbound(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                    headers, request.getInputStream());
            Reply reply;
            try {
                reply = handler.handle(inbound);
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} failed on the loopback server: {}", inbound, e.toString());
                reply = GoogleErrors.internal("The loopback server could not pass the request on: " + e.getMessage());
            }
            write(reply, inbound, base, response);
        }

        private static void write(Reply reply, Inbound inbound, Request base, HttpServletResponse response)
                throws IOException {
            if (reply instanceof Reply.Whole whole) {
                head(response, whole.status(), whole.headers());
                response.setContentLength(whole.body().length);
                response.getOutputStream().write(whole.body());
            } else if (reply instanceof Reply.Events events) {
                stream(events, base, response);
            } else if (reply instanceof Reply.Drop drop) {
                InputStream body = inbound.stream();
                long toRead = drop.readFirst() < 0 ? Long.MAX_VALUE : drop.readFirst();
                byte[] buffer = new byte[64 * 1024];
                long read = 0;
                int n;
                while (read < toRead && (n = body.read(buffer, 0, (int) Math.min(buffer.length, toRead - read))) > 0) {
                    read += n;
                }
                base.getHttpChannel().abort(new IOException("connection dropped by a fault rule"));
            }
        }

        private static void stream(Reply.Events events, Request base, HttpServletResponse response) throws IOException {
            head(response, events.status(), events.headers());
            OutputStream out = response.getOutputStream();
            int sent = 0;
            try (Reply.Events.Source source = events.source()) {
                Optional<String> data;
                while ((data = source.next()).isPresent()) {
                    if (events.cutAfter().isPresent() && sent >= events.cutAfter().get()) {
                        base.getHttpChannel().abort(new IOException("stream cut by a fault rule"));
                        return;
                    }
                    out.write(("data: " + data.get() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sent++;
                }
            }
        }

        private static void head(HttpServletResponse response, int status, Map<String, List<String>> headers) {
            response.setStatus(status);
            if (response instanceof org.eclipse.jetty.server.Response jetty) {
                // Straight into Jetty's fields: the servlet API would rewrite "; charset=UTF-8" as ";charset=utf-8".
                HttpFields.Mutable fields = jetty.getHttpFields();
                headers.forEach((name, values) -> values.forEach(value -> fields.add(name, value)));
            } else {
                headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            }
        }
    }
}
