package dev.visionbook.display;

/**
 * A value that knows how to show itself in several formats; a notebook front end picks the richest
 * one it can render.
 *
 * <pre>{@code
 * Displayable hello = () -> MimeBundle.text("hello").with("text/html", "<b>hello</b>");
 * }</pre>
 */
public interface Displayable {

    /** The representations of this value, keyed by MIME type; always has {@code text/plain}. */
    MimeBundle mimeBundle();
}
