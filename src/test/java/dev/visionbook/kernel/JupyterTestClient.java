package dev.visionbook.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A Jupyter client written from the wire protocol, not from the kernel's library: signs with
 * HMAC-SHA256, talks over DEALER sockets to shell, control and stdin (stdin with the shell's
 * identity, as Jupyter's clients do, so the kernel's input requests reach it) and listens on IOPub,
 * so the tests check what Jupyter itself would see.
 *
 * <p>Threading: one test thread at a time.
 */
final class JupyterTestClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    /** A received message. */
    record Msg(JsonNode header, JsonNode parent, JsonNode content) {
        String type() {
            return header.path("msg_type").asText();
        }

        String parentId() {
            return parent.path("msg_id").asText();
        }
    }

    /** What one execute_request produced: its reply and its IOPub messages up to idle. */
    record Execution(Msg reply, List<Msg> outputs) {
        String status() {
            return reply.content().path("status").asText();
        }

        String stdout() {
            return stream("stdout");
        }

        String stderr() {
            return stream("stderr");
        }

        private String stream(String name) {
            StringBuilder text = new StringBuilder();
            outputs.stream().filter(m -> m.type().equals("stream") && m.content().path("name").asText().equals(name))
                    .forEach(m -> text.append(m.content().path("text").asText()));
            return text.toString();
        }

        /** The execute_result's data, or null. */
        JsonNode result() {
            return outputs.stream().filter(m -> m.type().equals("execute_result")).map(m -> m.content().path("data"))
                    .findFirst().orElse(null);
        }

        List<Msg> ofType(String type) {
            return outputs.stream().filter(m -> m.type().equals(type)).toList();
        }

        /** The error's traceback, one string, ANSI colours removed. */
        String traceback() {
            StringBuilder text = new StringBuilder();
            reply.content().path("traceback").forEach(line -> text.append(line.asText()).append('\n'));
            return text.toString().replaceAll("\u001b\\[[;\\d]*m", "");
        }
    }

    final String ip = "127.0.0.1";
    final int shellPort;
    final int controlPort;
    final int iopubPort;
    final int stdinPort;
    final int heartbeatPort;
    final String key = UUID.randomUUID().toString();
    private final String session = UUID.randomUUID().toString();
    private final ZContext context = new ZContext();
    private ZMQ.Socket shell;
    private ZMQ.Socket control;
    private ZMQ.Socket iopub;
    private ZMQ.Socket stdin;

    JupyterTestClient() {
        int[] ports = freePorts(5);
        shellPort = ports[0];
        controlPort = ports[1];
        iopubPort = ports[2];
        stdinPort = ports[3];
        heartbeatPort = ports[4];
    }

    /** The connection file's content for these ports and key. */
    String connectionJson() {
        ObjectNode file = JSON.createObjectNode();
        file.put("ip", ip).put("transport", "tcp").put("signature_scheme", "hmac-sha256").put("key", key)
                .put("shell_port", shellPort).put("control_port", controlPort).put("iopub_port", iopubPort)
                .put("stdin_port", stdinPort).put("hb_port", heartbeatPort).put("kernel_name", "visionbook");
        return file.toString();
    }

    /** Connects, and waits until the kernel answers and IOPub delivers. */
    void connect() {
        open();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String id = send(shell, "kernel_info_request", JSON.createObjectNode());
            if (receive(shell, 2000, m -> m.parentId().equals(id)) != null
                    && receive(iopub, 200, m -> m.parentId().equals(id)) != null) {
                drainIopub();
                return;
            }
        }
        throw new AssertionError("The kernel did not answer kernel_info within " + TIMEOUT);
    }

    /**
     * Connects the sockets without waiting: ZeroMQ keeps what is sent until the kernel has bound,
     * and retries every 10 ms (not the default 100), so a kernel's start is timed closely.
     */
    void open() {
        byte[] identity = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        shell = dealer(shellPort, identity);
        stdin = dealer(stdinPort, identity);
        control = dealer(controlPort, UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        iopub = context.createSocket(SocketType.SUB);
        iopub.setReconnectIVL(10);
        iopub.subscribe(new byte[0]);
        iopub.connect("tcp://" + ip + ":" + iopubPort);
    }

    private ZMQ.Socket dealer(int port, byte[] identity) {
        ZMQ.Socket socket = context.createSocket(SocketType.DEALER);
        socket.setIdentity(identity);
        socket.setReconnectIVL(10);
        socket.connect("tcp://" + ip + ":" + port);
        return socket;
    }

    Msg request(String type, JsonNode content) {
        return requestOn(shell, type, content);
    }

    Msg requestOnControl(String type, JsonNode content) {
        return requestOn(control, type, content);
    }

    private Msg requestOn(ZMQ.Socket socket, String type, JsonNode content) {
        String id = send(socket, type, content);
        Msg reply = receive(socket, TIMEOUT.toMillis(), m -> m.parentId().equals(id));
        if (reply == null) {
            throw new AssertionError("No reply to " + type + " within " + TIMEOUT);
        }
        return reply;
    }

    Execution execute(String code) {
        return awaitExecution(sendExecute(code));
    }

    String sendExecute(String code) {
        return sendExecute(code, false, true);
    }

    String sendExecute(String code, boolean allowStdin, boolean stopOnError) {
        ObjectNode content = JSON.createObjectNode().put("code", code).put("silent", false).put("store_history", true)
                .put("allow_stdin", allowStdin).put("stop_on_error", stopOnError);
        content.putObject("user_expressions");
        return send(shell, "execute_request", content);
    }

    /** The next message the kernel sends on stdin (an input_request), within the timeout, or null. */
    Msg nextStdin(long timeoutMillis) {
        return receive(stdin, timeoutMillis, m -> true);
    }

    /** Answers an input_request with a line, its parent the request (as JupyterLab sends it). */
    void sendInputReply(Msg inputRequest, String value) {
        ObjectNode header = JSON.createObjectNode().put("msg_id", UUID.randomUUID().toString()).put("session", session)
                .put("username", "test").put("date", Instant.now().toString()).put("msg_type", "input_reply")
                .put("version", "5.3");
        List<String> frames = List.of(header.toString(), inputRequest.header().toString(), "{}",
                JSON.createObjectNode().put("value", value).toString());
        sendRaw(stdin, frames, true);
    }

    Execution awaitExecution(String id) {
        return awaitIdle(id, awaitShellReply(id));
    }

    /** The shell reply to the request {@code id}. */
    Msg awaitShellReply(String id) {
        return awaitShellReply(id, TIMEOUT);
    }

    /** The shell reply to the request {@code id}, waiting up to {@code timeout} (a long cell). */
    Msg awaitShellReply(String id, Duration timeout) {
        Msg reply = receive(shell, timeout.toMillis(), m -> m.parentId().equals(id));
        if (reply == null) {
            throw new AssertionError("No reply within " + timeout);
        }
        return reply;
    }

    /** The IOPub messages of the request {@code id} up to its idle status. */
    Execution awaitIdle(String id, Msg reply) {
        List<Msg> outputs = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Msg message = receive(iopub, 1000, m -> true);
            if (message == null || !message.parentId().equals(id)) {
                continue;
            }
            if (message.type().equals("status") && message.content().path("execution_state").asText().equals("idle")) {
                return new Execution(reply, outputs);
            }
            outputs.add(message);
        }
        throw new AssertionError("No idle status after the execute_reply; outputs so far: " + outputs);
    }

    /** The next IOPub message matching, within the timeout, or null. */
    Msg nextIopub(long timeoutMillis, Predicate<Msg> wanted) {
        return receive(iopub, timeoutMillis, wanted);
    }

    void drainIopub() {
        while (receive(iopub, 50, m -> true) != null) {
            // discard
        }
    }

    String send(ZMQ.Socket socket, String type, JsonNode content) {
        String id = UUID.randomUUID().toString();
        ObjectNode header = JSON.createObjectNode().put("msg_id", id).put("session", session).put("username", "test")
                .put("date", Instant.now().toString()).put("msg_type", type).put("version", "5.3");
        sendRaw(socket, List.of(header.toString(), "{}", "{}", content.toString()), true);
        return id;
    }

    /** Sends the four JSON frames, signed or with the signature given. */
    void sendRaw(ZMQ.Socket socket, List<String> frames, boolean signed) {
        sendRaw(socket, frames, signed ? sign(frames) : "");
    }

    void sendRaw(ZMQ.Socket socket, List<String> frames, String signature) {
        socket.sendMore(DELIMITER);
        socket.sendMore(signature);
        for (int i = 0; i < frames.size(); i++) {
            byte[] bytes = frames.get(i).getBytes(StandardCharsets.UTF_8);
            if (i < frames.size() - 1) {
                socket.sendMore(bytes);
            } else {
                socket.send(bytes);
            }
        }
    }

    ZMQ.Socket shell() {
        return shell;
    }

    private Msg receive(ZMQ.Socket socket, long timeoutMillis, Predicate<Msg> wanted) {
        Instant deadline = Instant.now().plusMillis(timeoutMillis);
        while (true) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                return null;
            }
            socket.setReceiveTimeOut((int) Math.max(1, left));
            byte[] first = socket.recv();
            if (first == null) {
                return null;
            }
            List<byte[]> frames = new ArrayList<>();
            frames.add(first);
            while (socket.hasReceiveMore()) {
                frames.add(socket.recv());
            }
            Msg message = parse(frames);
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    private Msg parse(List<byte[]> frames) {
        int delimiter = 0;
        while (!java.util.Arrays.equals(frames.get(delimiter), DELIMITER)) {
            delimiter++;
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        List<String> parts = new ArrayList<>();
        for (int i = delimiter + 2; i < delimiter + 6; i++) {
            parts.add(new String(frames.get(i), StandardCharsets.UTF_8));
        }
        if (!signature.equals(sign(parts))) {
            throw new AssertionError("The kernel sent a message with a wrong signature: " + parts.get(0));
        }
        try {
            return new Msg(JSON.readTree(parts.get(0)), JSON.readTree(parts.get(1)), JSON.readTree(parts.get(3)));
        } catch (IOException e) {
            throw new AssertionError("The kernel sent JSON that does not parse", e);
        }
    }

    String sign(List<String> frames) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            for (String frame : frames) {
                mac.update(frame.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode json(Map<String, ?> fields) {
        return JSON.valueToTree(fields);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static int[] freePorts(int count) {
        int[] ports = new int[count];
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ports;
    }

    @Override
    public void close() {
        context.close();
    }
}
