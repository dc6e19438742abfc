package dev.visionbook.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A signature as JShell's documentation gives it, read into the keys {@link JavadocIndex} keeps:
 * {@code UploadedFile GenAI.uploadFile(Path path, String displayName)} (a method),
 * {@code dev.visionbook.api.BoundingBox.SCALE:int} (a field), {@code genai:dev.visionbook.api.GenAI}
 * (a variable: its type's doc), {@code dev.visionbook.api.GenAI} (a type).
 *
 * @param keys lookup keys, best first
 * @param topLevelCandidates the top-level classes whose source may hold the doc
 */
record Signature(List<String> keys, List<String> topLevelCandidates) {

    static Signature parse(String signature) {
        String text = signature.strip();
        int paren = text.indexOf('(');
        if (paren > 0) {
            String head = text.substring(0, paren).strip();
            String qualified = head.substring(head.lastIndexOf(' ') + 1);
            List<String> parts = List.of(qualified.split("\\."));
            String last = parts.get(parts.size() - 1);
            boolean constructor = parts.size() == 1 || Character.isLowerCase(parts.get(parts.size() - 2).charAt(0));
            String owner = constructor ? last : parts.get(parts.size() - 2);
            String name = last;
            List<String> types = parameterTypes(text.substring(paren + 1, text.lastIndexOf(')')));
            return new Signature(List.of("method:" + owner + "." + name + "(" + String.join(",", types) + ")",
                    "method:" + owner + "." + name + "/" + types.size()), topLevels(parts, owner));
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            String before = text.substring(0, colon);
            if (before.contains(".")) {
                List<String> parts = List.of(before.split("\\."));
                String owner = parts.get(parts.size() - 2);
                return new Signature(List.of("field:" + owner + "." + parts.get(parts.size() - 1)), topLevels(parts, owner));
            }
            return type(text.substring(colon + 1));
        }
        return type(text);
    }

    private static Signature type(String qualified) {
        String erased = qualified.replaceAll("<.*>", "").strip();
        List<String> parts = List.of(erased.split("\\."));
        String name = parts.get(parts.size() - 1);
        return new Signature(List.of("type:" + name), topLevels(parts, name));
    }

    /** The first capitalised segment of a qualified name is the top-level class; else the owner itself. */
    private static List<String> topLevels(List<String> parts, String owner) {
        List<String> candidates = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                candidates.add(part);
                break;
            }
        }
        if (!candidates.contains(owner)) {
            candidates.add(owner);
        }
        return candidates;
    }

    private static List<String> parameterTypes(String parameters) {
        List<String> types = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= parameters.length(); i++) {
            char c = i < parameters.length() ? parameters.charAt(i) : ',';
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String parameter = parameters.substring(start, i).strip();
                if (!parameter.isEmpty()) {
                    int space = parameter.lastIndexOf(' ');
                    // "Path path" names its parameter; a bare "Path" does not.
                    String type = space > 0 && !parameter.endsWith(">") && !parameter.endsWith("]") && !parameter.endsWith(".")
                            ? parameter.substring(0, space) : parameter;
                    types.add(simpleType(type));
                }
                start = i + 1;
            }
        }
        return types;
    }

    /** {@code java.util.Map<String, String>} is {@code Map}; {@code Object...} is {@code Object[]}. */
    static String simpleType(String type) {
        String erased = type.replaceAll("<.*>", "").replace("...", "[]").replaceAll("\\s+", "");
        int bracket = erased.indexOf('[');
        String base = bracket >= 0 ? erased.substring(0, bracket) : erased;
        String suffix = bracket >= 0 ? erased.substring(bracket) : "";
        return base.substring(base.lastIndexOf('.') + 1) + suffix;
    }
}
