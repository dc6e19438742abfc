package dev.visionbook.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a Javadoc comment into plain text for a tooltip: code kept, links named, tags listed. */
final class JavadocText {

    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|literal|link|linkplain|value)\\s*([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private JavadocText() {
    }

    /** {@code comment} is the text between {@code /**} and {@code *}{@code /}. */
    static String plain(String comment) {
        List<String> lines = new ArrayList<>();
        for (String line : comment.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("*")) {
                stripped = line.substring(line.indexOf('*') + 1);
                stripped = stripped.startsWith(" ") ? stripped.substring(1) : stripped;
            }
            lines.add(stripped.stripTrailing());
        }
        String text = String.join("\n", lines).strip();
        int tags = blockTagsStart(text);
        String description = text.substring(0, tags);
        String blockTags = text.substring(tags);
        return (inline(description).strip() + "\n" + blockTags(blockTags)).strip();
    }

    private static int blockTagsStart(String text) {
        Matcher tag = Pattern.compile("(?m)^@\\w+").matcher(text);
        return tag.find() ? tag.start() : text.length();
    }

    private static String inline(String text) {
        String result = text.replaceAll("(?s)<pre>\\s*\\{@code\\s?(.*?)\\}\\s*</pre>", "<pre>$1</pre>");
        result = result.replaceAll("(?s)<pre>\\n?(.*?)</pre>", "\n$1\n");
        Matcher matcher = INLINE_TAG.matcher(result);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String kind = matcher.group(1);
            String body = matcher.group(2).strip();
            String replacement = kind.startsWith("link") ? linkText(body) : body;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        result = out.toString().replaceAll("(?i)<p>", "\n").replaceAll("(?i)<li>", "\n- ");
        result = HTML_TAG.matcher(result).replaceAll("");
        return result.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#64;", "@")
                .replaceAll("\n{3,}", "\n\n");
    }

    /** {@code {@link GenAI#model(String) model}} shows as its label, else as {@code GenAI.model(String)}. */
    private static String linkText(String body) {
        int space = indexOfLabel(body);
        if (space > 0) {
            return body.substring(space).strip();
        }
        String target = body.startsWith("#") ? body.substring(1) : body.replace('#', '.');
        return target;
    }

    private static int indexOfLabel(String body) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (Character.isWhitespace(c) && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String blockTags(String tags) {
        if (tags.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String tag : tags.split("(?m)^(?=@)")) {
            String[] words = tag.strip().split("\\s+", 3);
            String name = words[0];
            String rest = inline(tag.strip().substring(name.length())).strip().replaceAll("\\s*\n\\s*", " ");
            switch (name) {
                case "@param" -> out.append("\n  ").append(rest.replaceFirst("^(\\S+)\\s*", "$1: "));
                case "@return" -> out.append("\nReturns: ").append(rest);
                case "@throws", "@exception" -> out.append("\nThrows: ").append(rest);
                case "@see" -> out.append("\nSee: ").append(rest);
                default -> { }
            }
        }
        String text = out.toString();
        return text.contains("\n  ") ? text.replaceFirst("\n  ", "\nParameters:\n  ") : text;
    }
}
