package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes chosen requests fail as the service fails, in front of any handler: error answers with
 * the service's bodies and headers, slow answers, dropped upload connections, cut streams, and
 * files held in PROCESSING or ending FAILED (their File resources rewritten wherever they pass,
 * and prompts using them refused with the service's 400 FAILED_PRECONDITION).
 *
 * <p>Threading: thread-safe; rules count under their own locks, held files sit in a concurrent map.
 */
final class FaultInjector implements WireHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file a rule changed: PROCESSING until {@code until}, or FAILED for good. */
    private record Held(Instant until, String failure) {
        boolean processing(Instant now) {
            return failure == null && now.isBefore(until);
        }
    }

    private final FaultRules rules;
    private final WireHandler next;
    private final Clock clock;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    FaultInjector(FaultRules rules, WireHandler next, Clock clock) {
        this.rules = rules;
        this.next = next;
        this.clock = clock;
    }

    @Override
    public Reply handle(Inbound request) throws IOException {
        Operation operation = Operation.of(request);
        if (operation.prompts()) {
            Optional<Reply> refused = refuseHeldFiles(request);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        boolean chunk = operation == Operation.UPLOAD && request.uploadCommands().contains("upload");
        boolean start = operation == Operation.UPLOAD && request.uploadCommands().contains("start");
        String uploadType = request.header("X-Goog-Upload-Header-Content-Type").orElse(null);
        for (FaultRule rule : rules.rules()) {
            Fault fault = rule.fault();
            boolean requestFault = !(fault instanceof Fault.CutStream || fault instanceof Fault.StayProcessing
                    || fault instanceof Fault.EndFailed || fault instanceof Fault.DropConnection);
            if (requestFault && operation == Operation.UPLOAD && !start) {
                continue; // errors and delays hit an upload where the service refuses them: at its start
            }
            if (fault instanceof Fault.DropConnection drop && chunk && rule.fires(operation, null)) {
                long length = request.contentLength();
                LOG.info("Fault: dropping the connection of {} ({})", request, rule);
                return new Reply.Drop(drop.afterBytes() != null ? drop.afterBytes() : length > 0 ? length / 2 : 0);
            }
            if (requestFault && rule.fires(operation, uploadType)) {
                LOG.info("Fault: {} for {}", fault, request);
                Optional<Reply> reply = apply(fault, request);
                if (reply.isPresent()) {
                    return reply.get();
                }
            }
        }
        Reply reply = next.handle(request);
        if (reply instanceof Reply.Events events) {
            for (FaultRule rule : rules.rules()) {
                if (rule.fault() instanceof Fault.CutStream cut && rule.fires(operation, null)) {
                    LOG.info("Fault: cutting the stream of {} after {} chunks", request, cut.afterChunks());
                    return events.cutAfter(cut.afterChunks());
                }
            }
            return reply;
        }
        if (reply instanceof Reply.Whole whole && whole.status() == 200) {
            if (operation == Operation.UPLOAD && !start) {
                holdNewFile(whole);
            }
            if (operation == Operation.UPLOAD || operation == Operation.FILES_GET || operation == Operation.FILES_LIST) {
                return rewriteStates(whole);
            }
        }
        return reply;
    }

    private Optional<Reply> apply(Fault fault, Inbound request) {
        if (fault instanceof Fault.ResourceExhausted exhausted) {
            return Optional.of(GoogleErrors.resourceExhausted(Operation.model(request).isEmpty() ? "gemini-2.5-flash"
                    : Operation.model(request), exhausted.retryDelay()));
        }
        if (fault instanceof Fault.Unavailable) {
            return Optional.of(GoogleErrors.unavailable());
        }
        if (fault instanceof Fault.Internal) {
            return Optional.of(GoogleErrors.internal());
        }
        if (fault instanceof Fault.Slow slow) {
            try {
                Thread.sleep((long) (slow.seconds() * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.empty();
    }

    private Optional<Reply> refuseHeldFiles(Inbound request) throws IOException {
        if (held.isEmpty()) {
            return Optional.empty();
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.bytes());
        } catch (IOException e) {
            return Optional.empty(); // not JSON: the backend says what is wrong with it
        }
        Instant now = clock.instant();
        for (String id : PromptFiles.ids(body)) {
            Held file = held.get(id);
            if (file != null && (file.failure() != null || file.processing(now))) {
                return Optional.of(GoogleErrors.failedPrecondition("The File " + id
                        + " is not in an ACTIVE state and usage is not allowed."));
            }
        }
        return Optional.empty();
    }

    private void holdNewFile(Reply.Whole whole) {
        JsonNode file = readJson(whole).path("file");
        if (!file.path("name").isTextual()) {
            return;
        }
        String id = PromptFiles.id(file.path("name").asText());
        String mimeType = file.path("mimeType").asText(null);
        for (FaultRule rule : rules.rules()) {
            if (rule.fault() instanceof Fault.StayProcessing stay && rule.fires(Operation.UPLOAD, mimeType)) {
                held.put(id, new Held(clock.instant().plusMillis((long) (stay.seconds() * 1000)), null));
                LOG.info("Fault: files/{} stays PROCESSING for {} s", id, stay.seconds());
                return;
            }
            if (rule.fault() instanceof Fault.EndFailed failed && rule.fires(Operation.UPLOAD, mimeType)) {
                held.put(id, new Held(Instant.MAX, failed.shownMessage()));
                LOG.info("Fault: files/{} ends FAILED", id);
                return;
            }
        }
    }

    /** Shows the held files' states in an upload's, a get's or a list's File resources. */
    private Reply rewriteStates(Reply.Whole whole) {
        if (held.isEmpty()) {
            return whole;
        }
        JsonNode body = readJson(whole);
        boolean[] changed = {false};
        Instant now = clock.instant();
        PromptFiles.eachObject(body, node -> {
            if (node instanceof ObjectNode file && file.path("name").asText("").startsWith("files/")
                    && file.has("state")) {
                Held state = held.get(PromptFiles.id(file.get("name").asText()));
                if (state != null && state.failure() != null) {
                    file.put("state", "FAILED");
                    ObjectNode error = file.putObject("error");
                    error.put("code", 400);
                    error.put("message", state.failure());
                    changed[0] = true;
                } else if (state != null && state.processing(now)) {
                    file.put("state", "PROCESSING");
                    file.remove("videoMetadata");
                    changed[0] = true;
                }
            }
        });
        return changed[0] ? whole.withBody(GoogleErrors.pretty(body)) : whole;
    }

    private static JsonNode readJson(Reply.Whole whole) {
        try {
            JsonNode node = JSON.readTree(whole.body());
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
