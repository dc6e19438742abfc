package dev.visionbook.display;

import java.util.List;
import java.util.Objects;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown text, such as a model's answer, shown rendered. HTML is made with CommonMark plus GFM
 * tables; raw HTML in the source is escaped rather than passed through, and unsafe link URLs are
 * dropped, because the source usually comes from a model, not from the notebook's author.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Markdown answer = Markdown.of("# Cats\n\n| name | age |\n|---|---|\n| Tom | 3 |");
 * answer.html(); // "<h1>Cats</h1>\n<table>..."
 * }</pre>
 */
public final class Markdown implements Displayable {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    // Both are documented as thread-safe, so one pair serves every instance.
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private final String text;

    private Markdown(String text) {
        this.text = text;
    }

    /** Wraps Markdown source. */
    public static Markdown of(String markdown) {
        return new Markdown(Objects.requireNonNull(markdown, "markdown"));
    }

    /** The Markdown source. */
    public String text() {
        return text;
    }

    /** The source rendered to safe HTML. */
    public String html() {
        return RENDERER.render(PARSER.parse(text));
    }

    @Override
    public MimeBundle mimeBundle() {
        return MimeBundle.text(text)
                .with(MimeBundle.TEXT_MARKDOWN, text)
                .with(MimeBundle.TEXT_HTML, html());
    }

    @Override
    public String toString() {
        return text;
    }
}
