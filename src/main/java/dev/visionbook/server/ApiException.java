package dev.visionbook.server;

import java.util.List;
import java.util.Map;

/**
 * An error the API returns to the caller, with Google's status code, status name and message.
 * Thrown anywhere in a route; {@link ApiErrors} turns it into the response body.
 */
final class ApiException extends RuntimeException {

    private final int code;
    private final String status;
    private final List<Map<String, Object>> details;

    ApiException(int code, String status, String message, List<Map<String, Object>> details) {
        super(message);
        this.code = code;
        this.status = status;
        this.details = details;
    }

    ApiException(int code, String status, String message) {
        this(code, status, message, List.of());
    }

    int code() {
        return code;
    }

    String status() {
        return status;
    }

    List<Map<String, Object>> details() {
        return details;
    }

    static ApiException invalidArgument(String message) {
        return new ApiException(400, "INVALID_ARGUMENT", message);
    }

    static ApiException failedPrecondition(String message) {
        return new ApiException(400, "FAILED_PRECONDITION", message);
    }

    static ApiException permissionDenied(String message) {
        return new ApiException(403, "PERMISSION_DENIED", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message);
    }

    static ApiException fileNotFound(String id) {
        return permissionDenied("You do not have permission to access the File " + id + " or it may not exist.");
    }
}
