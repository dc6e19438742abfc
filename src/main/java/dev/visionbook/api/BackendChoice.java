package dev.visionbook.api;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the backend from the environment: {@code VISIONBOOK_BASE_URL} (a server of your
 * choice), else {@code GEMINI_API_KEY} / {@code GOOGLE_API_KEY} (the real service), else the
 * local server shared by this user's kernels, whose data and state are in {@code VISIONBOOK_HOME}
 * (default {@code ~/.visionbook}; see {@link SharedServer}); with a loopback server of
 * {@link WireChoice} in between when the environment asks for one.
 */
final class BackendChoice {

    /** A connected SDK client and the backend it talks to. */
    record Connection(Client client, Backend backend) {
    }

    /** Like the tutorial's {@code request_options={"timeout": 600}}: long video prompts take time. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private BackendChoice() {
    }

    static Connection connect(Map<String, String> env, Duration timeout) {
        Optional<Connection> wired = WireChoice.connect(env, timeout);
        if (wired.isPresent()) {
            return wired.get();
        }
        String key = firstSet(env, "GEMINI_API_KEY", "GOOGLE_API_KEY");
        String baseUrl = env.get("VISIONBOOK_BASE_URL");
        if (baseUrl != null && !baseUrl.isBlank()) {
            String serverKey = firstSet(env, "VISIONBOOK_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY");
            if (serverKey == null) {
                throw new VisionbookException("VISIONBOOK_BASE_URL is set to " + baseUrl + " but no key is: set"
                        + " VISIONBOOK_API_KEY to the key that server accepts (visionbook serve prints it).");
            }
            return new Connection(client(serverKey, baseUrl.strip(), timeout), new Backend(Backend.Kind.BASE_URL,
                    baseUrl.strip(), "visionbook: using the Gemini API server at " + baseUrl.strip()
                            + " (from VISIONBOOK_BASE_URL)"));
        }
        if (key != null) {
            String variable = env.get("GEMINI_API_KEY") != null && !env.get("GEMINI_API_KEY").isBlank()
                    ? "GEMINI_API_KEY" : "GOOGLE_API_KEY";
            return new Connection(client(key, null, timeout), new Backend(Backend.Kind.LIVE,
                    "https://generativelanguage.googleapis.com", "visionbook: using the Gemini API (key from "
                            + variable + ")"));
        }
        EmbeddedServer.Running local = EmbeddedServer.in(ServerHome.of(env), IdleTimeout.of(env));
        String url = local.baseUrl();
        return new Connection(client(local.apiKey(), url, timeout), new Backend(Backend.Kind.LOCAL, url,
                "visionbook: no GEMINI_API_KEY set, using the local Gemini API server at " + url
                        + " (offline, shared by your notebooks: pid " + local.pid() + "; data in "
                        + local.home().dataDir() + ")"));
    }

    /** True when the environment leaves the embedded local server as the backend. */
    static boolean choosesLocal(Map<String, String> env) {
        return firstSet(env, "VISIONBOOK_BASE_URL", "GEMINI_API_KEY", "GOOGLE_API_KEY") == null;
    }

    /**
     * One retry after a second, at most: the SDK's default of five attempts with backoff can
     * leave a notebook cell silent for most of a minute.
     */
    static Client client(String key, String baseUrl, Duration timeout) {
        HttpOptions.Builder http = HttpOptions.builder()
                .timeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .retryOptions(HttpRetryOptions.builder().attempts(2).initialDelay(1.0).maxDelay(4.0).build());
        if (baseUrl != null) {
            http.baseUrl(baseUrl);
        }
        return Client.builder().apiKey(key).httpOptions(http.build()).build();
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
