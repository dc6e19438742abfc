package dev.visionbook.kernel.runner;

/** Preformatted text in the page. */
final class PageText {

    private PageText() {
    }

    /**
     * A {@code <pre>} around HTML content. The HTML parser drops a newline right after
     * {@code <pre>}, so content that starts with one gets a second to keep its blank first line.
     */
    static String pre(String htmlContent) {
        return "<pre>" + (htmlContent.startsWith("\n") ? "\n" : "") + htmlContent + "</pre>";
    }
}
