package dev.visionbook.api;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The backend {@code genai} uses in this JVM when it is chosen in code rather than by the
 * environment: what {@code %gemini live | local | record FILE | replay FILE} and
 * {@code visionbook run --record/--replay} set. It overrides the variables the environment
 * gives ({@code GEMINI_API_KEY}, {@code VISIONBOOK_BASE_URL}, {@code VISIONBOOK_RECORD},
 * {@code VISIONBOOK_REPLAY}); {@link GenAI#connect()} and {@link GenAI#connectLazily} read it when
 * they connect.
 *
 * <pre>{@code
 * BackendMode.replay(Path.of("tutorial.cassette.jsonl"), false);
 * GenAI genai = GenAI.connect();   // answers from the cassette: no key, no network
 * }</pre>
 *
 * <p>Threading: any thread may set it; a connection reads it once, when it is made.
 */
public final class BackendMode {

    static final String RECORD = "VISIONBOOK_RECORD";
    static final String REPLAY = "VISIONBOOK_REPLAY";
    static final String FALLBACK = "VISIONBOOK_REPLAY_FALLBACK";
    /** The notebook a recording or replay is for: {@code visionbook run} keeps each notebook's exchanges apart. */
    static final String NOTEBOOK = "VISIONBOOK_CASSETTE_NOTEBOOK";
    private static final List<String> KEYS = List.of("GEMINI_API_KEY", "GOOGLE_API_KEY");
    private static final List<String> CHOICES = List.of("VISIONBOOK_BASE_URL", RECORD, REPLAY, FALLBACK);

    /** Each variable set (a value) or unset (null) over the environment. */
    private static volatile Map<String, String> overrides = Map.of();

    private BackendMode() {
    }

    /** The real Gemini API, with the key from {@code GEMINI_API_KEY} or {@code GOOGLE_API_KEY}. */
    public static void live() {
        if (KEYS.stream().allMatch(name -> blank(applyTo(System.getenv()).get(name)))) {
            throw new VisionbookException("The real Gemini API needs a key: set GEMINI_API_KEY first (in a notebook:"
                    + " %env GEMINI_API_KEY=…).");
        }
        choose(unset(CHOICES));
    }

    /** The embedded local server: offline, whatever keys are set. */
    public static void local() {
        Map<String, String> choice = unset(CHOICES);
        KEYS.forEach(name -> choice.put(name, null));
        choose(choice);
    }

    /** The backend the environment names, with every exchange recorded to {@code cassette}. */
    public static void record(Path cassette) {
        Map<String, String> choice = unset(List.of(REPLAY, FALLBACK));
        choice.put(RECORD, cassette.toAbsolutePath().normalize().toString());
        choose(choice);
    }

    /** Answers from {@code cassette} alone; with {@code localFallback}, the local engine answers what it lacks. */
    public static void replay(Path cassette, boolean localFallback) {
        Map<String, String> choice = unset(List.of(RECORD));
        choice.put(REPLAY, cassette.toAbsolutePath().normalize().toString());
        choice.put(FALLBACK, localFallback ? "local" : null);
        choose(choice);
    }

    /** Back to what the environment says. */
    public static void fromEnvironment() {
        overrides = Map.of();
    }

    /** Records and replays the exchanges of this notebook apart from other notebooks' in the same cassette. */
    public static void notebook(String name) {
        Map<String, String> next = new HashMap<>(overrides);
        next.put(NOTEBOOK, name);
        overrides = next;
    }

    /** The environment with the choice made in code laid over it. */
    public static Map<String, String> applyTo(Map<String, String> environment) {
        Map<String, String> result = new HashMap<>(environment);
        overrides.forEach((name, value) -> {
            if (value == null) {
                result.remove(name);
            } else {
                result.put(name, value);
            }
        });
        return result;
    }

    /** What a connection made now would use, in words, without connecting. */
    public static String planned(Map<String, String> environment) {
        Map<String, String> env = applyTo(environment);
        if (!blank(env.get(REPLAY))) {
            return "the recorded answers in " + env.get(REPLAY) + ("local".equals(env.get(FALLBACK))
                    ? " (the local engine for what is not recorded)" : "");
        }
        String backend = !blank(env.get("VISIONBOOK_BASE_URL")) ? "the server at " + env.get("VISIONBOOK_BASE_URL")
                : KEYS.stream().anyMatch(name -> !blank(env.get(name))) ? "the real Gemini API"
                : "the embedded local server";
        return backend + (blank(env.get(RECORD)) ? "" : ", recording to " + env.get(RECORD));
    }

    private static void choose(Map<String, String> choice) {
        Map<String, String> next = new HashMap<>(choice);
        String notebook = overrides.get(NOTEBOOK);
        if (notebook != null) {
            next.put(NOTEBOOK, notebook);
        }
        overrides = next;
    }

    private static Map<String, String> unset(List<String> names) {
        Map<String, String> choice = new HashMap<>();
        names.forEach(name -> choice.put(name, null));
        return choice;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
