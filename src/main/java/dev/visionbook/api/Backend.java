package dev.visionbook.api;

/**
 * Which server the helper API talks to.
 *
 * @param kind live service, a server at a base URL, the embedded local server, or a replay
 * @param baseUrl the URL requests go to
 * @param description one line for the user, saying which backend was chosen and why
 */
public record Backend(Kind kind, String baseUrl, String description) {

    /** The ways to connect. */
    public enum Kind {
        /** The real Gemini API, chosen by GEMINI_API_KEY or GOOGLE_API_KEY. */
        LIVE,
        /** Any server speaking the API, chosen by VISIONBOOK_BASE_URL. */
        BASE_URL,
        /** The local server started inside this JVM: offline, no key needed. */
        LOCAL,
        /** Answers from a cassette (VISIONBOOK_REPLAY), on a server of its own: no key, no network. */
        REPLAY
    }

    public boolean isLocal() {
        return kind != Kind.LIVE;
    }
}
