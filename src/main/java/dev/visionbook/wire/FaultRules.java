package dev.visionbook.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a faults file: a JSON array, one object per rule, for example
 *
 * <pre>{@code
 * [{"fault": "RESOURCE_EXHAUSTED", "on": "generateContent", "count": 2, "retryDelaySeconds": 7},
 *  {"fault": "UNAVAILABLE", "rate": 0.2, "seed": 1},
 *  {"fault": "STAY_PROCESSING", "mimeType": "video/", "seconds": 10},
 *  {"fault": "CUT_STREAM", "afterChunks": 2}]
 * }</pre>
 *
 * Bad rules are refused with the file, the rule's number and what is wrong.
 */
public final class FaultRules {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final List<String> SELECTION = List.of("on", "count", "rate", "skip", "seed", "mimeType");

    private final List<FaultRule> rules;
    private final String source;

    private FaultRules(List<FaultRule> rules, String source) {
        this.rules = rules;
        this.source = source;
    }

    /** Reads a faults file; an {@link IllegalArgumentException} says what is wrong in it. */
    public static FaultRules read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No faults file at " + file.toAbsolutePath() + ".");
        }
        return parse(Files.readString(file), file.getFileName().toString());
    }

    static FaultRules parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(source + " must hold a JSON array of rules, such as"
                    + " [{\"fault\": \"UNAVAILABLE\", \"count\": 1}].");
        }
        List<FaultRule> rules = new ArrayList<>();
        int number = 0;
        for (JsonNode node : root) {
            number++;
            try {
                rules.add(rule(node));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", rule " + number + ": " + e.getMessage());
            }
        }
        return new FaultRules(List.copyOf(rules), source);
    }

    private static FaultRule rule(JsonNode node) {
        if (!(node instanceof ObjectNode object) || !object.hasNonNull("fault")) {
            throw new IllegalArgumentException("each rule is an object with a \"fault\": one of " + faultNames() + ".");
        }
        ObjectNode faultFields = object.deepCopy();
        SELECTION.forEach(faultFields::remove);
        Fault fault;
        try {
            fault = JSON.treeToValue(faultFields, Fault.class);
        } catch (InvalidTypeIdException e) {
            throw new IllegalArgumentException("unknown fault \"" + object.get("fault").asText() + "\" (known: "
                    + faultNames() + ").");
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown field \"" + e.getPropertyName() + "\" for "
                    + object.get("fault").asText() + " (it takes " + e.getKnownPropertyIds() + " and " + SELECTION + ").");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage());
        }
        Set<Operation> operations = operations(object.get("on"), fault);
        Integer count = object.hasNonNull("count") ? positive(object.get("count"), "count") : null;
        Double rate = null;
        if (object.hasNonNull("rate")) {
            rate = object.get("rate").asDouble(-1);
            if (!object.get("rate").isNumber() || rate < 0 || rate > 1) {
                throw new IllegalArgumentException("\"rate\" is a probability from 0 to 1, not " + object.get("rate") + ".");
            }
        }
        if (count != null && rate != null) {
            throw new IllegalArgumentException("give \"count\" or \"rate\", not both.");
        }
        int skip = object.hasNonNull("skip") ? positive(object.get("skip"), "skip") : 0;
        String mimeType = object.hasNonNull("mimeType") ? object.get("mimeType").asText() : null;
        long seed = object.hasNonNull("seed") ? object.get("seed").asLong() : 14;
        return new FaultRule(fault, operations, count, rate, skip, mimeType, seed);
    }

    private static Set<Operation> operations(JsonNode on, Fault fault) {
        if (on == null || on.isNull()) {
            return fault.defaultOperations();
        }
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        for (JsonNode name : on.isArray() ? on : List.of(on)) {
            operations.add(Operation.named(name.asText()));
        }
        return operations;
    }

    private static int positive(JsonNode value, String field) {
        if (!value.canConvertToInt() || value.asInt() < 0 || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" is a whole number of requests, not " + value + ".");
        }
        return value.asInt();
    }

    private static String faultNames() {
        return "RESOURCE_EXHAUSTED, UNAVAILABLE, INTERNAL, SLOW, DROP_CONNECTION, STAY_PROCESSING, END_FAILED, CUT_STREAM";
    }

    List<FaultRule> rules() {
        return rules;
    }

    /** The file the rules came from, for the line that says faults are on. */
    public String source() {
        return source;
    }

    public int size() {
        return rules.size();
    }
}
