package dev.visionbook.api;

import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import java.util.function.Supplier;

/** The one place that turns the SDK's exceptions into a sentence for the user ({@link ServiceFailures} says what to do). */
final class Errors {

    private Errors() {
    }

    static <T> T call(String what, Supplier<T> call) {
        // A shared local server that stopped (idle, or a crash) is started again before the call, not after.
        EmbeddedServer.ensureRunning(System.out);
        try {
            return call.get();
        } catch (ApiException e) {
            throw new VisionbookException("Could not " + what + ": " + ServiceFailures.firstLine(e.getMessage())
                    + ServiceFailures.advice(e, e.getMessage()), e);
        } catch (GenAiIOException e) {
            throw new VisionbookException("Could not " + what + ": " + ServiceFailures.noAnswer(e), e);
        }
    }
}
