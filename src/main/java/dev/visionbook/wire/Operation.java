package dev.visionbook.wire;

import java.util.Arrays;
import java.util.Locale;

/** What a request asks of the Gemini API, named as fault rules name it. */
enum Operation {
    UPLOAD("upload"),
    GENERATE_CONTENT("generateContent"),
    STREAM_GENERATE_CONTENT("streamGenerateContent"),
    COUNT_TOKENS("countTokens"),
    FILES_GET("files.get"),
    FILES_LIST("files.list"),
    FILES_DELETE("files.delete"),
    MODELS("models"),
    OTHER("other");

    private final String ruleName;

    Operation(String ruleName) {
        this.ruleName = ruleName;
    }

    String ruleName() {
        return ruleName;
    }

    boolean prompts() {
        return this == GENERATE_CONTENT || this == STREAM_GENERATE_CONTENT || this == COUNT_TOKENS;
    }

    static Operation named(String name) {
        return Arrays.stream(values()).filter(operation -> operation.ruleName.equalsIgnoreCase(name.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown operation \"" + name + "\" (known: "
                        + String.join(", ", Arrays.stream(values()).map(Operation::ruleName).toList()) + ")"));
    }

    static Operation of(Inbound request) {
        String path = request.path();
        String method = request.method().toUpperCase(Locale.ROOT);
        if (path.startsWith("/upload/")) {
            return UPLOAD;
        }
        int models = path.indexOf("/models/");
        if (models >= 0 && method.equals("POST")) {
            String call = path.substring(path.lastIndexOf(':') + 1);
            return switch (call) {
                case "generateContent" -> GENERATE_CONTENT;
                case "streamGenerateContent" -> STREAM_GENERATE_CONTENT;
                case "countTokens" -> COUNT_TOKENS;
                default -> OTHER;
            };
        }
        if (path.matches("/v[^/]*/models(/.*)?") && method.equals("GET")) {
            return MODELS;
        }
        if (path.matches("/v[^/]*/files")) {
            return method.equals("GET") ? FILES_LIST : OTHER;
        }
        if (path.matches("/v[^/]*/files/[^/]+")) {
            return method.equals("GET") ? FILES_GET : method.equals("DELETE") ? FILES_DELETE : OTHER;
        }
        return OTHER;
    }

    /** The model a prompt goes to, {@code gemini-2.5-flash} from {@code /v1/models/gemini-2.5-flash:generateContent}. */
    static String model(Inbound request) {
        String path = request.path();
        int models = path.indexOf("/models/");
        if (models < 0) {
            return "";
        }
        String rest = path.substring(models + "/models/".length());
        int colon = rest.indexOf(':');
        return colon >= 0 ? rest.substring(0, colon) : rest;
    }
}
