package dev.visionbook.api;

import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failure from the service means, and what to do about it: one sentence per kind of
 * failure the service has (quota, overload, internal error, a file not ACTIVE, no answer in
 * time, a dropped connection). By then the SDK has already retried once (see {@link BackendChoice#client}).
 */
final class ServiceFailures {

    private static final Pattern RETRY_DELAY = Pattern.compile("\"?retryDelay\"?\\s*[:=]\\s*\"?(\\d+)(?:\\.\\d+)?s");

    private ServiceFailures() {
    }

    /** The advice that goes after the service's own message, or empty when its message says it all. */
    static String advice(ApiException e, String fullMessage) {
        return switch (e.code()) {
            case 429 -> " The quota is used up for now (tried twice)." + retryDelay(fullMessage)
                    .map(seconds -> " The service asks to wait " + seconds + " s: wait, then run it again.")
                    .orElse(" Wait a minute, then run it again.")
                    + " Rate limits of each plan: https://ai.google.dev/gemini-api/docs/rate-limits";
            case 503 -> " The model is busy (tried twice, a second apart): try again in a minute, or use another"
                    + " model, such as gemini-2.5-flash-lite.";
            case 500 -> " The service failed on its side (tried twice): run it again; if it keeps failing, shorten"
                    + " the request or try another model.";
            case 400 -> e.message() != null && e.message().contains("not in an ACTIVE state")
                    ? " Wait until the file is ACTIVE first: file = genai.waitUntilActive(file)." : "";
            default -> "";
        };
    }

    /** The sentence for a request that got no answer at all. */
    static String noAnswer(GenAiIOException e) {
        if (inChain(e, cause -> cause instanceof java.net.SocketTimeoutException
                || cause instanceof InterruptedIOException && "timeout".equals(cause.getMessage()))) {
            return "no answer came in time (tried twice). The service may be slow: allow more time with"
                    + " GenAI.connect(System.getenv(), Duration.ofMinutes(20)), or send a shorter request.";
        }
        if (inChain(e, cause -> cause instanceof ConnectException)) {
            return "the server could not be reached (" + firstLine(String.valueOf(e.getMessage())) + "). Check the"
                    + " network, or unset GEMINI_API_KEY to work offline.";
        }
        if (inChain(e, cause -> cause instanceof EOFException || cause instanceof SocketException
                || String.valueOf(cause.getMessage()).contains("unexpected end of stream"))) {
            return "the connection dropped before an answer came (sent three times). Nothing half-done was kept:"
                    + " check the network and run it again.";
        }
        return "the server could not be reached (" + firstLine(String.valueOf(e.getMessage())) + "). Check the"
                + " network, or unset GEMINI_API_KEY to work offline.";
    }

    static Optional<Integer> retryDelay(String message) {
        Matcher delay = RETRY_DELAY.matcher(message == null ? "" : message);
        return delay.find() ? Optional.of(Integer.parseInt(delay.group(1))) : Optional.empty();
    }

    /** The SDK appends the raw response after the message; the first line says it all. */
    static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int details = message.indexOf("\nDetails:");
        return (details >= 0 ? message.substring(0, details) : message).strip();
    }

    private static boolean inChain(Throwable e, java.util.function.Predicate<Throwable> test) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
