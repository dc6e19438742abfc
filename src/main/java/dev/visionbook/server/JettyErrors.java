package dev.visionbook.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Requests Jetty refuses before any route sees them (a path with {@code %00}, headers too large,
 * a malformed request line) answered in Google's error shape rather than Jetty's HTML page, so that
 * every client error of this server reads alike.
 */
final class JettyErrors extends ErrorHandler {

    private final ObjectMapper json;

    JettyErrors(ObjectMapper json) {
        this.json = json;
        setShowServlet(false);
        setShowStacks(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=UTF-8");
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json; charset=UTF-8");
        response.getOutputStream().write(body(code, message));
    }

    private byte[] body(int code, String reason) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", "The request could not be read" + (reason == null || reason.isBlank() ? "."
                : ": " + ProtoJson.abbreviate(reason) + "."));
        error.put("status", statusOf(code));
        try {
            return json.writeValueAsBytes(Map.of("error", error));
        } catch (JsonProcessingException e) {
            return ("{\"error\":{\"code\":" + code + ",\"status\":\"" + statusOf(code) + "\"}}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Google's status name for an HTTP code, as google.rpc.Code maps them. */
    static String statusOf(int code) {
        return switch (code) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 409 -> "ALREADY_EXISTS";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 501 -> "UNIMPLEMENTED";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> code >= 500 ? "INTERNAL" : "INVALID_ARGUMENT";
        };
    }
}
