package dev.visionbook.api;

import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import java.util.function.Supplier;

/** The one place that turns the SDK's exceptions into a sentence for the user. */
final class Errors {

    private Errors() {
    }

    static <T> T call(String what, Supplier<T> call) {
        // A shared local server that stopped (idle, or a crash) is started again before the call, not after.
        EmbeddedServer.ensureRunning(System.out);
        try {
            return call.get();
        } catch (ApiException e) {
            throw new VisionbookException("Could not " + what + ": " + firstLine(e.getMessage()), e);
        } catch (GenAiIOException e) {
            throw new VisionbookException("Could not " + what + ": the server could not be reached ("
                    + firstLine(String.valueOf(e.getMessage())) + "). Check the network, or unset GEMINI_API_KEY to"
                    + " work offline.", e);
        }
    }

    /** The SDK appends the raw response after the message; the first line says it all. */
    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int details = message.indexOf("\nDetails:");
        String first = details >= 0 ? message.substring(0, details) : message;
        return first.strip();
    }
}
