package dev.visionbook.kernel.runner;

import dev.visionbook.display.HtmlText;
import com.fasterxml.jackson.databind.JsonNode;
import dev.visionbook.display.Markdown;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** One output of a code cell as a row of the page: its prompt gutter and its body. */
final class OutputHtml {

    /** Richest first; the first one an output has is the one shown. */
    static final List<String> MIME_PREFERENCE = List.of(
            "image/png", "image/jpeg", "image/svg+xml", "text/html", "text/markdown", "text/latex", "text/plain");

    private OutputHtml() {
    }

    /** The output's row, or an empty string for an output type the page does not show. */
    static String render(JsonNode output, String executionLabel) {
        String type = output.path("output_type").asText("");
        return switch (type) {
            case "stream" -> stream(output);
            case "display_data" -> row("", richest(output));
            case "execute_result" -> row("<div class=\"prompt out\">Out" + executionLabel + ":</div>", richest(output));
            case "error" -> row("", error(output));
            default -> "";
        };
    }

    private static String row(String prompt, String body) {
        if (body.isEmpty()) {
            return "";
        }
        return "<div class=\"row\">" + (prompt.isEmpty() ? "<div class=\"prompt\"></div>" : prompt) + body + "</div>\n";
    }

    private static String stream(JsonNode output) {
        String text = NotebookText.join(output.get("text"));
        if (text.isEmpty()) {
            return "";
        }
        String kind = "stderr".equals(output.path("name").asText()) ? "stderr" : "stdout";
        // Streams may carry ANSI colours too (a library's log), so they go through AnsiText.
        return row("", "<div class=\"output " + kind + "\">" + PageText.pre(AnsiText.toHtml(text)) + "</div>");
    }

    private static String richest(JsonNode output) {
        JsonNode data = output.path("data");
        for (String mime : MIME_PREFERENCE) {
            JsonNode value = data.get(mime);
            if (value != null && !value.isNull()) {
                return "<div class=\"output\">" + mimeBody(mime, value, output) + "</div>";
            }
        }
        return "";
    }

    private static String mimeBody(String mime, JsonNode value, JsonNode output) {
        String text = NotebookText.join(value);
        return switch (mime) {
            case "image/png", "image/jpeg", "image/svg+xml" -> image(mime, value, output);
            // Outputs come from our own kernel, whose HTML is made to be shown as is.
            case "text/html" -> text;
            case "text/markdown" -> "<div class=\"markdown\">" + Markdown.of(text).html() + "</div>";
            default -> PageText.pre(AnsiText.toHtml(text));
        };
    }

    private static String image(String mime, JsonNode value, JsonNode output) {
        StringBuilder img = new StringBuilder("<img src=\"").append(dataUri(mime, value)).append('"');
        String alt = NotebookText.join(output.path("data").get("text/plain")).strip();
        img.append(" alt=\"").append(HtmlText.escape(alt.isEmpty() ? "output image" : alt)).append('"');
        JsonNode size = output.path("metadata").path(mime);
        appendSize(img, "width", size.get("width"));
        appendSize(img, "height", size.get("height"));
        return img.append('>').toString();
    }

    /** Only numbers become attributes, so metadata cannot smuggle markup into the tag. */
    private static void appendSize(StringBuilder img, String attribute, JsonNode value) {
        if (value != null && value.isNumber() && value.asDouble() > 0) {
            img.append(' ').append(attribute).append("=\"").append(value.asInt()).append('"');
        }
    }

    /**
     * A data URI of an image from a MIME bundle: binary types are stored base64 already (possibly
     * split over lines), SVG is stored as text and is encoded here.
     */
    static String dataUri(String mime, JsonNode value) {
        String stored = NotebookText.join(value);
        String base64 = mime.equals("image/svg+xml")
                ? Base64.getEncoder().encodeToString(stored.getBytes(StandardCharsets.UTF_8))
                : stored.replaceAll("\\s+", "");
        return "data:" + HtmlText.escape(mime) + ";base64," + HtmlText.escape(base64);
    }

    private static String error(JsonNode output) {
        String name = output.path("ename").asText("Error");
        String value = output.path("evalue").asText("");
        String heading = value.isEmpty() ? name : name + ": " + value;
        List<String> lines = new ArrayList<>();
        output.path("traceback").forEach(line -> lines.add(line.asText()));
        String traceback = String.join("\n", lines);
        StringBuilder body = new StringBuilder("<div class=\"output error\">");
        // Our kernel's traceback often starts with the same "name: value" line; show it once.
        String firstLine = AnsiText.plain(traceback).lines().findFirst().orElse("").strip();
        if (!firstLine.equals(heading)) {
            body.append("<div class=\"error-name\">").append(HtmlText.escape(AnsiText.plain(heading))).append("</div>");
        }
        if (!traceback.isEmpty()) {
            body.append(PageText.pre(AnsiText.toHtml(traceback)));
        }
        return body.append("</div>").toString();
    }
}
