package dev.visionbook.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Why a replayed request has no recorded answer: the nearest recorded request (fewest
 * differences in path and meaning) and a short diff against it, field by field.
 */
final class MissReport {

    private static final int SHOWN = 4;
    private static final int CONTEXT = 24;

    private MissReport() {
    }

    /** The nearest recorded request, if the cassette holds any of the same method. */
    static Optional<Exchange.Request> nearest(Exchange.Request wanted, List<Exchange.Request> recorded) {
        return recorded.stream().filter(request -> request.method().equals(wanted.method()))
                .min(Comparator.comparingInt(request -> distance(wanted, request)));
    }

    /** The diff lines, at most a few, between what was recorded and what came now. */
    static List<String> differences(Exchange.Request recorded, Exchange.Request now) {
        List<String> lines = new ArrayList<>();
        if (!recorded.path().equals(now.path())) {
            lines.add("path: recorded " + recorded.path() + ", now " + now.path());
        }
        if (!Objects.equals(recorded.query(), now.query())) {
            lines.add("query: recorded " + quoted(recorded.query()) + ", now " + quoted(now.query()));
        }
        Map<String, JsonNode> before = leaves(PromptMeaning.meaning(recorded.body()));
        Map<String, JsonNode> after = leaves(PromptMeaning.meaning(now.body()));
        for (String field : new TreeSet<>(union(before, after))) {
            JsonNode was = before.get(field);
            JsonNode is = after.get(field);
            if (Objects.equals(was, is)) {
                continue;
            }
            if (lines.size() == SHOWN) {
                lines.add("… and more");
                break;
            }
            lines.add(field + ": " + (was == null ? "not in the recording, now " + shown(is, 0)
                    : is == null ? "recorded " + shown(was, 0) + ", now absent" : changed(was, is)));
        }
        return lines;
    }

    private static int distance(Exchange.Request a, Exchange.Request b) {
        int distance = a.path().equals(b.path()) ? 0 : 20;
        distance += Objects.equals(a.query(), b.query()) ? 0 : 5;
        Map<String, JsonNode> one = leaves(PromptMeaning.meaning(a.body()));
        Map<String, JsonNode> two = leaves(PromptMeaning.meaning(b.body()));
        for (String field : union(one, two)) {
            if (!Objects.equals(one.get(field), two.get(field))) {
                distance++;
            }
        }
        return distance;
    }

    private static List<String> union(Map<String, JsonNode> one, Map<String, JsonNode> two) {
        List<String> all = new ArrayList<>(one.keySet());
        two.keySet().stream().filter(key -> !one.containsKey(key)).forEach(all::add);
        return all;
    }

    /** {@code contents[0].parts[1].text → "Describe…"}: every value of the tree by its path. */
    static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        walk(node, "", leaves);
        return leaves;
    }

    private static void walk(JsonNode node, String path, Map<String, JsonNode> leaves) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> walk(field.getValue(), path.isEmpty() ? field.getKey()
                    : path + "." + field.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    /** Both values, texts cut to the words around where they start to differ. */
    private static String changed(JsonNode was, JsonNode is) {
        if (!was.isTextual() || !is.isTextual()) {
            return "recorded " + was + ", now " + is;
        }
        String one = was.asText();
        String two = is.asText();
        int start = 0;
        while (start < one.length() && start < two.length() && one.charAt(start) == two.charAt(start)) {
            start++;
        }
        int from = Math.max(0, start - CONTEXT);
        while (from > 0 && from > start - CONTEXT - 12 && one.charAt(from - 1) != ' ') {
            from--;
        }
        return "recorded " + shown(was, from) + ", now " + shown(is, from);
    }

    /** A value as JSON; a text from {@code from} on, and not too long. */
    private static String shown(JsonNode value, int from) {
        if (!value.isTextual()) {
            return value.toString();
        }
        String text = value.asText();
        String cut = text.substring(Math.min(from, text.length()));
        String shown = cut.length() > 2 * CONTEXT + 20 ? cut.substring(0, 2 * CONTEXT + 20) + "…" : cut;
        return "\"" + (from > 0 ? "…" : "") + shown + "\"";
    }

    private static String quoted(String text) {
        return text == null ? "none" : "\"" + text + "\"";
    }
}
