package dev.visionbook.kernel.runner;

import dev.visionbook.display.HtmlText;
import com.fasterxml.jackson.databind.JsonNode;
import dev.visionbook.display.Markdown;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an executed notebook (nbformat 4, as Jackson JSON) as one self-contained HTML page.
 *
 * <p>The page has inline CSS only: no scripts, fonts or anything else from the network; images are
 * data URIs, and a Content-Security-Policy forbids any other load, even from an output's HTML.
 * Markdown cells are rendered with CommonMark and GFM tables (raw HTML in them is escaped, as in
 * {@link Markdown}); code cells show their {@code In [n]:} prompt, lightly highlighted source and
 * outputs. The same notebook always gives the same bytes. Stateless and thread-safe.
 */
public final class HtmlPage {

    // Nothing loads from anywhere: inline styles only, images and media only from data: URIs.
    private static final String CONTENT_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; media-src data:";
    // The destination of a Markdown link or image that names a cell attachment: ](attachment:name
    private static final Pattern ATTACHMENT = Pattern.compile("(\\]\\(\\s*<?)attachment:([^)\\s>]+)");

    private HtmlPage() {
    }

    /**
     * The whole page.
     *
     * @param notebook the notebook's JSON (nbformat 4)
     * @param title shown in the tab, and as the page's heading unless the first cell is a Markdown heading;
     *     "Notebook" when null or blank
     */
    public static String render(JsonNode notebook, String title) {
        Objects.requireNonNull(notebook, "notebook");
        String shownTitle = HtmlText.escape(title == null || title.isBlank() ? "Notebook" : title.strip());
        boolean highlightJava = isJava(notebook.path("metadata"));
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(shownTitle).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        if (!opensWithHeading(notebook)) {
            page.append("<h1 class=\"page-title\">").append(shownTitle).append("</h1>\n");
        }
        for (JsonNode cell : notebook.path("cells")) {
            appendCell(page, cell, highlightJava);
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A notebook that opens with a Markdown heading has its own title on the page; a second would repeat it. */
    private static boolean opensWithHeading(JsonNode notebook) {
        JsonNode first = notebook.path("cells").path(0);
        return "markdown".equals(first.path("cell_type").asText()) && NotebookText.join(first.get("source")).stripLeading().startsWith("#");
    }

    /** Highlights as Java unless the notebook says it is in another language. */
    private static boolean isJava(JsonNode metadata) {
        String language = metadata.path("language_info").path("name").asText(
                metadata.path("kernelspec").path("language").asText("java"));
        return language.equalsIgnoreCase("java");
    }

    private static void appendCell(StringBuilder page, JsonNode cell, boolean highlightJava) {
        String type = cell.path("cell_type").asText("raw");
        String source = NotebookText.join(cell.get("source"));
        switch (type) {
            case "code" -> appendCodeCell(page, cell, source, highlightJava);
            case "markdown" -> page.append("<section class=\"cell markdown-cell\">\n<div class=\"row\">")
                    .append("<div class=\"prompt\"></div><div class=\"markdown\">\n")
                    .append(Markdown.of(withAttachments(source, cell.path("attachments"))).html())
                    .append("</div></div>\n</section>\n");
            // Raw cells (and any type nbformat may add later) are shown as they are, never interpreted.
            default -> page.append("<section class=\"cell raw-cell\">\n<div class=\"row\">")
                    .append("<div class=\"prompt\"></div><div class=\"raw\">").append(PageText.pre(HtmlText.escape(source)))
                    .append("</div></div>\n</section>\n");
        }
    }

    private static void appendCodeCell(StringBuilder page, JsonNode cell, String source, boolean highlightJava) {
        JsonNode count = cell.get("execution_count");
        String label = count != null && count.isIntegralNumber() ? "[" + count.asInt() + "]" : "[&nbsp;]";
        page.append("<section class=\"cell code-cell\">\n<div class=\"row\"><div class=\"prompt\">In&nbsp;")
                .append(label).append(":</div><pre class=\"source\"><code>")
                .append(highlightJava ? JavaHighlight.toHtml(source) : HtmlText.escape(source))
                .append("</code></pre></div>\n");
        for (JsonNode output : cell.path("outputs")) {
            page.append(OutputHtml.render(output, label));
        }
        page.append("</section>\n");
    }

    /**
     * Points {@code attachment:name} image and link destinations at data URIs of the cell's
     * attachments, so the page needs no files beside it. Unknown names are left alone.
     */
    static String withAttachments(String markdown, JsonNode attachments) {
        if (!attachments.isObject() || attachments.isEmpty()) {
            return markdown;
        }
        Matcher matcher = ATTACHMENT.matcher(markdown);
        StringBuilder result = new StringBuilder(markdown.length());
        while (matcher.find()) {
            String uri = attachmentUri(attachments, matcher.group(2));
            String replacement = uri == null ? matcher.group() : matcher.group(1) + uri;
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(result).toString();
    }

    private static String attachmentUri(JsonNode attachments, String name) {
        JsonNode bundle = attachments.get(name);
        if (bundle == null) {
            // Jupyter writes names with spaces percent-encoded in the Markdown; keep '+' a plus.
            try {
                bundle = attachments.get(URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        if (bundle == null || !bundle.isObject()) {
            return null;
        }
        for (String mime : OutputHtml.MIME_PREFERENCE) {
            if (mime.startsWith("image/") && bundle.has(mime)) {
                return OutputHtml.dataUri(mime, bundle.get(mime));
            }
        }
        // Any other image type (gif, webp) is still better than a broken link.
        for (Iterator<String> mimes = bundle.fieldNames(); mimes.hasNext();) {
            String mime = mimes.next();
            if (mime.startsWith("image/")) {
                return OutputHtml.dataUri(mime, bundle.get(mime));
            }
        }
        return null;
    }
}
