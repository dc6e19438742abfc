package dev.visionbook.kernel;

import dev.visionbook.api.BackendMode;
import dev.visionbook.api.GenAI;
import dev.visionbook.api.VisionbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@code %gemini live | local | record FILE | replay FILE [--fallback local]}: chooses the backend
 * {@code genai} uses from its next use on (a new {@code genai} is bound, which connects on first
 * use), and {@code %gemini} alone says which backend is in use.
 */
final class GeminiMagic {

    static final String HELP = "%gemini live | local | record FILE | replay FILE [--fallback local] chooses genai's"
            + " backend; %gemini says which is in use";
    /** The preload's own line, run again so that {@code genai} connects anew as now chosen. */
    private static final String REBIND = "genai = GenAI.connectLazily();";

    private final Function<String, LastValue> run;

    /** @param run runs a line of code in the session and gives its value */
    GeminiMagic(Function<String, LastValue> run) {
        this.run = run;
    }

    LastValue apply(String arguments) {
        List<String> words = Arrays.stream(arguments.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            System.out.println(inUse());
            return LastValue.NONE;
        }
        try {
            switch (words.get(0)) {
                case "live" -> {
                    only(words, 1);
                    BackendMode.live();
                }
                case "local" -> {
                    only(words, 1);
                    BackendMode.local();
                }
                case "record" -> BackendMode.record(file(words, "record"));
                case "replay" -> {
                    Path cassette = file(words, "replay");
                    boolean fallback = words.size() == 4 && words.get(2).equals("--fallback") && words.get(3).equals("local");
                    if (words.size() != 2 && !fallback) {
                        throw new MagicException("Write %gemini replay FILE, or %gemini replay FILE --fallback local.");
                    }
                    if (!Files.isRegularFile(cassette)) {
                        throw new MagicException("No cassette at " + cassette.toAbsolutePath() + ": record one first with"
                                + " %gemini record " + words.get(1) + ".");
                    }
                    BackendMode.replay(cassette, fallback);
                }
                default -> throw new MagicException("%gemini takes live, local, record FILE or replay FILE, not \""
                        + words.get(0) + "\".");
            }
        } catch (VisionbookException e) {
            throw new MagicException(e.getMessage(), e);
        }
        run.apply(REBIND);
        System.out.println("genai will use " + BackendMode.planned(System.getenv()) + ", from its next use on.");
        return LastValue.NONE;
    }

    private String inUse() {
        Object genai = run.apply("genai").value();
        if (genai instanceof GenAI connection && connection.isConnected()) {
            return connection.backend().description();
        }
        return "genai has not connected yet; on first use it will use " + BackendMode.planned(System.getenv()) + ".";
    }

    private static Path file(List<String> words, String verb) {
        if (words.size() < 2) {
            throw new MagicException("Give the cassette file: %gemini " + verb + " tutorial.cassette.jsonl");
        }
        if (verb.equals("record")) {
            only(words, 2);
        }
        String name = words.get(1);
        return name.startsWith("~/") ? Path.of(System.getProperty("user.home"), name.substring(2)) : Path.of(name);
    }

    private static void only(List<String> words, int count) {
        if (words.size() != count) {
            throw new MagicException("%gemini " + words.get(0) + " takes " + (count == 1 ? "nothing more" : "one file")
                    + ", not \"" + String.join(" ", words.subList(count, words.size())) + "\".");
        }
    }
}
