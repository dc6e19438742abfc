package dev.visionbook.display;

import java.util.Objects;

/**
 * Trusted HTML, shown as is, with a plain-text stand-in for consoles. Immutable.
 *
 * <pre>{@code
 * Html.of("<b>3</b> files uploaded", "3 files uploaded");
 * }</pre>
 */
public final class Html implements Displayable {

    private final String html;
    private final String plainText;

    private Html(String html, String plainText) {
        this.html = html;
        this.plainText = plainText;
    }

    /** Wraps HTML that is shown unescaped, so it must not contain untrusted text. */
    public static Html of(String html, String plainText) {
        return new Html(Objects.requireNonNull(html, "html"), Objects.requireNonNull(plainText, "plainText"));
    }

    public String html() {
        return html;
    }

    public String plainText() {
        return plainText;
    }

    @Override
    public MimeBundle mimeBundle() {
        return MimeBundle.text(plainText).with(MimeBundle.TEXT_HTML, html);
    }

    @Override
    public String toString() {
        return plainText;
    }
}
