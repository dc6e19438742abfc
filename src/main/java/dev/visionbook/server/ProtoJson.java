package dev.visionbook.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the service's JSON front end reads a request into protobuf, and what it says when it cannot:
 * one JSON value and nothing after it; each field of the type its proto declares (numbers may come
 * as numeric strings, null means unset); every message naming the field by its proto path, such as
 * {@code generation_config.temperature}, with a {@code google.rpc.BadRequest} detail.
 */
final class ProtoJson {

    /** The proto field types the checks know, named as the service names them in messages. */
    enum Scalar { TYPE_STRING, TYPE_FLOAT, TYPE_DOUBLE, TYPE_INT32, TYPE_INT64, TYPE_BOOL }

    private static final String TYPES = "type.googleapis.com/google.ai.generativelanguage.";

    private ProtoJson() {
    }

    /** The request body as one JSON value; anything after it, or anything unreadable, is a 400. */
    static JsonNode parse(ObjectMapper json, byte[] body) {
        ObjectReader strict = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            JsonNode root = strict.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw ApiException.invalidArgument("Invalid JSON payload received. The body holds no JSON value.");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            String what = e.getOriginalMessage().startsWith("Trailing token")
                    ? "Unexpected token after the end of the JSON value" : firstLine(e.getOriginalMessage());
            throw ApiException.invalidArgument("Invalid JSON payload received. " + what + at + ".");
        } catch (IOException e) {
            throw ApiException.invalidArgument("Invalid JSON payload received. The body could not be read.");
        }
    }

    /** The proto name of a JSON field: {@code inlineData} and {@code inline_data} are both {@code inline_data}. */
    static String protoName(String jsonName) {
        StringBuilder name = new StringBuilder(jsonName.length() + 4);
        for (char c : jsonName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The value of {@code field} in either spelling, or null when absent or null (unset). */
    static JsonNode field(JsonNode message, String jsonName) {
        JsonNode value = message.get(jsonName);
        if (value == null) {
            value = message.get(protoName(jsonName));
        }
        return value == null || value.isNull() ? null : value;
    }

    static String join(String path, String jsonName) {
        return path.isEmpty() ? protoName(jsonName) : path + "." + protoName(jsonName);
    }

    /** Checks a scalar field; returns its value (or null when unset). */
    static JsonNode scalar(JsonNode message, String jsonName, Scalar type, String path) {
        JsonNode value = field(message, jsonName);
        if (value == null) {
            return null;
        }
        String at = join(path, jsonName);
        if (value.isArray()) {
            throw notRepeating(jsonName, path);
        }
        if (!fits(value, type)) {
            throw invalidValue(at, type.name(), value);
        }
        return value;
    }

    /** Checks a message field is an object; returns it (or null when unset). */
    static JsonNode message(JsonNode message, String jsonName, String protoType, String path) {
        JsonNode value = field(message, jsonName);
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            throw notRepeating(jsonName, path);
        }
        if (!value.isObject()) {
            throw invalidValue(join(path, jsonName), TYPES + "v1beta." + protoType, value);
        }
        return value;
    }

    /** Checks a repeated field is a list; returns it (or null when unset). */
    static JsonNode repeated(JsonNode message, String jsonName, String elementType, String path) {
        JsonNode value = field(message, jsonName);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw invalidValue(join(path, jsonName), elementType.startsWith("TYPE_") || elementType.contains("/")
                    ? elementType : TYPES + "v1beta." + elementType, value);
        }
        return value;
    }

    /** An enum field: one of {@code values} by name, or a number. */
    static void enumeration(JsonNode message, String jsonName, String enumType, Set<String> values, String path) {
        JsonNode value = field(message, jsonName);
        if (value == null) {
            return;
        }
        if (value.isArray()) {
            throw notRepeating(jsonName, path);
        }
        if (!(value.isTextual() && values.contains(value.asText())) && !value.isIntegralNumber()) {
            throw invalidValue(join(path, jsonName), TYPES + "v1beta." + enumType, value);
        }
    }

    /** Fails on a field name the message type does not have, as the service does. */
    static void knownFields(JsonNode message, Set<String> jsonNames, String path) {
        for (var names = message.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!jsonNames.contains(name) && !jsonNames.contains(camel(name))) {
                throw violation(path, "Invalid JSON payload received. Unknown name \"" + abbreviate(name) + "\" at '"
                        + path + "': Cannot find field.");
            }
        }
    }

    static boolean fits(JsonNode value, Scalar type) {
        return switch (type) {
            case TYPE_STRING -> value.isTextual();
            case TYPE_BOOL -> value.isBoolean();
            case TYPE_FLOAT, TYPE_DOUBLE -> value.isNumber() || value.isTextual() && isNumber(value.asText());
            case TYPE_INT32 -> isInteger(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case TYPE_INT64 -> isInteger(value, Long.MIN_VALUE, Long.MAX_VALUE);
        };
    }

    static ApiException invalidValue(String path, String type, JsonNode value) {
        return violation(path, "Invalid value at '" + path + "' (" + type + "), " + shown(value));
    }

    static ApiException notRepeating(String jsonName, String path) {
        return violation(join(path, jsonName), "Invalid JSON payload received. Unknown name \"" + jsonName + "\" at '"
                + path + "': Proto field is not repeating, cannot start list.");
    }

    /** A 400 INVALID_ARGUMENT whose {@code google.rpc.BadRequest} detail names {@code field}. */
    static ApiException violation(String field, String message) {
        return new ApiException(400, "INVALID_ARGUMENT", message, List.of(Map.of(
                "@type", "type.googleapis.com/google.rpc.BadRequest",
                "fieldViolations", List.of(Map.of("field", field, "description", message)))));
    }

    /** A value as a message shows it: JSON text, cut short, nothing unprintable. */
    static String shown(JsonNode value) {
        return abbreviate(value.toString());
    }

    static String abbreviate(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }

    private static boolean isNumber(String text) {
        String t = text.strip();
        if (t.equals("NaN") || t.equals("Infinity") || t.equals("-Infinity")) {
            return true;
        }
        try {
            new BigDecimal(t);
            return !t.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isInteger(JsonNode value, long min, long max) {
        BigDecimal number;
        try {
            if (value.isNumber()) {
                number = value.decimalValue();
            } else if (value.isTextual()) {
                number = new BigDecimal(value.asText().strip());
            } else {
                return false;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static String camel(String protoName) {
        StringBuilder name = new StringBuilder(protoName.length());
        boolean upper = false;
        for (char c : protoName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static String firstLine(String message) {
        String line = message == null ? "Unreadable JSON" : message.lines().findFirst().orElse("Unreadable JSON");
        return abbreviate(line.endsWith(".") ? line.substring(0, line.length() - 1) : line);
    }
}
