package dev.visionbook.display;

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
        String amount;
        if (state.totalKnown()) {
            amount = state.percent() + "% (" + ByteSizes.format(state.done()) + " of " + ByteSizes.format(state.total()) + ")";
        } else {
            amount = state.done() > 0 || state.message() == null ? ByteSizes.format(state.done()) : "";
        }
        if (state.message() == null || state.message().isBlank()) {
            return amount;
        }
        return amount.isEmpty() ? state.message() : amount + " — " + state.message();
    }
}
