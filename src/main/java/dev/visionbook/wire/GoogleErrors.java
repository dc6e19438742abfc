package dev.visionbook.wire;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Error answers as the Gemini API sends them: Google's JSON error body, pretty-printed with two
 * spaces and {@code "name": value}, and the headers of Google's front end (no {@code Retry-After}:
 * the service puts the delay in the body's {@code RetryInfo}).
 */
final class GoogleErrors {

    static final String RATE_LIMITS = "https://ai.google.dev/gemini-api/docs/rate-limits";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter GOOGLE_STYLE = JSON.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private GoogleErrors() {
    }

    /** 429 as the free tier sends it: which quota, where to read about it, and how long to wait. */
    static Reply.Whole resourceExhausted(String model, Duration retryDelay) {
        ObjectNode error = error(429, "You exceeded your current quota, please check your plan and billing details. For more"
                + " information on this error, head to: " + RATE_LIMITS + ".", "RESOURCE_EXHAUSTED");
        ArrayNode details = error.putArray("details");
        ObjectNode quota = details.addObject();
        quota.put("@type", "type.googleapis.com/google.rpc.QuotaFailure");
        ObjectNode violation = quota.putArray("violations").addObject();
        violation.put("quotaMetric", "generativelanguage.googleapis.com/generate_content_free_tier_requests");
        violation.put("quotaId", "GenerateRequestsPerMinutePerProjectPerModel-FreeTier");
        ObjectNode dimensions = violation.putObject("quotaDimensions");
        dimensions.put("location", "global");
        dimensions.put("model", model);
        violation.put("quotaValue", "10");
        ObjectNode help = details.addObject();
        help.put("@type", "type.googleapis.com/google.rpc.Help");
        ObjectNode link = help.putArray("links").addObject();
        link.put("description", "Learn more about Gemini API quotas");
        link.put("url", RATE_LIMITS);
        ObjectNode retry = details.addObject();
        retry.put("@type", "type.googleapis.com/google.rpc.RetryInfo");
        retry.put("retryDelay", retryDelay.toSeconds() + "s");
        return reply(429, error);
    }

    static Reply.Whole unavailable() {
        return reply(503, error(503, "The model is overloaded. Please try again later.", "UNAVAILABLE"));
    }

    static Reply.Whole internal() {
        return reply(500, error(500, "An internal error has occurred. Please retry or report in"
                + " https://developers.generativeai.google/guide/troubleshooting", "INTERNAL"));
    }

    /** A 500 of the loopback server itself (a backend that cannot be reached, say). */
    static Reply.Whole internal(String message) {
        return reply(500, error(500, message, "INTERNAL"));
    }

    static Reply.Whole failedPrecondition(String message) {
        return reply(400, error(400, message, "FAILED_PRECONDITION"));
    }

    static Reply.Whole notFound(String message) {
        return reply(404, error(404, message, "NOT_FOUND"));
    }

    static Reply.Whole invalidArgument(String message) {
        return reply(400, error(400, message, "INVALID_ARGUMENT"));
    }

    static String pretty(Object node) {
        try {
            return GOOGLE_STYLE.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headers Google's front end sends with a JSON error. */
    static Map<String, List<String>> headers() {
        Map<String, List<String>> headers = Reply.headers("Vary", "Origin", "Vary", "X-Origin", "Vary", "Referer",
                "Content-Type", "application/json; charset=UTF-8");
        headers.put("Server", List.of("scaffolding on HTTPServer2"));
        headers.put("X-XSS-Protection", List.of("0"));
        headers.put("X-Frame-Options", List.of("SAMEORIGIN"));
        headers.put("X-Content-Type-Options", List.of("nosniff"));
        return headers;
    }

    private static ObjectNode error(int code, String message, String status) {
        ObjectNode error = JSON.createObjectNode();
        error.put("code", code);
        error.put("message", message);
        error.put("status", status);
        return error;
    }

    private static Reply.Whole reply(int code, ObjectNode error) {
        ObjectNode body = JSON.createObjectNode();
        body.set("error", error);
        return Reply.Whole.json(code, headers(), pretty(body));
    }
}
