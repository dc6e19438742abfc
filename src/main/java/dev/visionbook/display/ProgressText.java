package dev.visionbook.display;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-text and HTML forms of a progress reading. */
final class ProgressText {

    private ProgressText() {
    }

    /** {@code label: 42% (4.2 MB of 10 MB) — message}. */
    static String plain(ProgressState state) {
        return state.label() + ": " + status(state);
    }

    static String html(ProgressState state) {
        String bar = !state.totalKnown() && !state.finished()
                ? "<progress max=\"1\"" // no value: the browser animates an indeterminate bar
                : "<progress max=\"1\" value=\"" + String.format(Locale.ROOT, "%.4f", state.fraction()) + "\"";
        return "<div class=\"visionbook-progress\">"
                + "<span>" + HtmlText.escape(state.label()) + "</span> "
                + bar + " style=\"width: 20em; vertical-align: middle\"></progress> "
                + "<span>" + HtmlText.escape(status(state)) + "</span></div>";
    }

    private static String status(ProgressState state) {
        if (state.finished()) {
            return state.finalText().isBlank() ? "done" : state.finalText();
        }
        boolean hasMessage = state.message() != null && !state.message().isBlank();
        if (state.totalKnown()) {
            String amount = state.percent() + "% (" + ByteSizes.format(state.done()) + " of " + ByteSizes.format(state.total()) + ")";
            return hasMessage ? amount + " — " + state.message() : amount;
        }
        // A wait: what it is waiting in, and for how long so far; bytes only when some were counted.
        List<String> parts = new ArrayList<>();
        if (state.done() > 0) {
            parts.add(ByteSizes.format(state.done()));
        }
        if (hasMessage) {
            parts.add(state.message());
        }
        parts.add(elapsed(state.elapsed()));
        return String.join(", ", parts);
    }

    /** {@code 6 s}, {@code 2 min 5 s}. */
    static String elapsed(Duration elapsed) {
        long seconds = elapsed.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
