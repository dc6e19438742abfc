package dev.visionbook.engine.question;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line of {@code src/test/resources/prompts/corpus.jsonl}: a prompt as a user would write it, on
 * the project's media, with the question it asks (form, subjects, styles) and what an on-topic
 * answer must contain. The codes are described in {@code src/test/resources/prompts/README.md}.
 *
 * @param id "c001"…
 * @param half "tuning" or "heldout", fixed by {@link #halfOf}
 * @param media paths under notebooks/media
 * @param earlier earlier user turns' texts, newest first
 * @param system the system instruction, or empty
 * @param prompt the last user turn's text
 * @param config the generation config sent with it, or null
 * @param form the form the prompt asks for
 * @param subjects what it is about, each with the target the analyzers can find for it
 * @param styles how the answer must be shaped, from the prompt's words and the system instruction
 * @param expect what a correct or honest answer must contain, codes joined by ";"
 */
public record CorpusPrompt(String id, String half, List<String> media, List<String> earlier, String system, String prompt,
        JsonNode config, Form form, List<ExpectedSubject> subjects, Set<Style> styles, List<String> expect) {

    public static final String TUNING = "tuning";
    public static final String HELDOUT = "heldout";

    /** Codes that stand alone; the others carry a value after a colon. */
    private static final Set<String> BARE_CODES = Set.of("yes", "no", "nobox", "cannot_tell", "declines", "transcript",
            "scenes", "summary", "describe", "caption", "compare", "sharpness", "translate_declined", "schema");

    /** The engine's colour names without their "light"/"dark" prefixes (ColourNames). */
    private static final Set<String> COLOURS = Set.of("black", "white", "grey", "red", "brown", "orange", "olive",
            "yellow", "green", "cyan", "blue", "purple", "pink");

    private static final Pattern VALUED = Pattern.compile(
            "count:\\d+|colour:[a-z ]+(\\|[a-z ]+)*|text:\\S+|(box|point|mask|names):[a-z ]+|moment:\\d\\d:\\d\\d|size:\\d+x\\d+");

    private static final Pattern ID = Pattern.compile("c(\\d{3})");

    /** The split, decided once: an id whose number is even is held out, an odd one is for tuning. */
    static String halfOf(String id) {
        var matcher = ID.matcher(id);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("corpus ids look like c001, not " + id);
        }
        return Integer.parseInt(matcher.group(1)) % 2 == 0 ? HELDOUT : TUNING;
    }

    /** The corpus, in file order. */
    public static List<CorpusPrompt> load() {
        ObjectMapper json = new ObjectMapper();
        List<CorpusPrompt> prompts = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(CorpusPrompt.class.getResourceAsStream("/prompts/corpus.jsonl"),
                "prompts/corpus.jsonl is on the test classpath");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    try {
                        prompts.add(of(json.readTree(line)));
                    } catch (RuntimeException | IOException e) {
                        throw new IllegalArgumentException("corpus.jsonl line " + number + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prompts;
    }

    private static CorpusPrompt of(JsonNode node) {
        List<ExpectedSubject> subjects = new ArrayList<>();
        for (JsonNode subject : node.path("subjects")) {
            subjects.add(new ExpectedSubject(subject.path("name").asText(), subject.path("target").asText()));
        }
        Set<Style> styles = EnumSet.noneOf(Style.class);
        for (JsonNode style : node.path("styles")) {
            styles.add(Style.valueOf(style.asText()));
        }
        List<String> expect = List.of(node.path("expect").asText().split(";"));
        expect.forEach(CorpusPrompt::checkCode);
        return new CorpusPrompt(node.path("id").asText(), node.path("half").asText(), strings(node.path("media")),
                strings(node.path("earlier")), node.path("system").asText(""), node.path("prompt").asText(),
                node.hasNonNull("config") ? node.get("config") : null, Form.valueOf(node.path("form").asText()),
                subjects, styles, expect);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    private static void checkCode(String code) {
        if (BARE_CODES.contains(code)) {
            return;
        }
        if (!VALUED.matcher(code).matches()) {
            throw new IllegalArgumentException("unknown expect code '" + code + "'");
        }
        if (code.startsWith("colour:")) {
            for (String name : code.substring("colour:".length()).split("\\|")) {
                if (!COLOURS.contains(name)) {
                    throw new IllegalArgumentException("'" + name + "' is not one of the engine's colour names");
                }
            }
        }
    }

    /** How many images, videos and audio files the prompt carries, as the reader is told. */
    QuestionReader.Media mediaCounts() {
        int videos = (int) media.stream().filter(path -> path.startsWith("video/")).count();
        int audios = (int) media.stream().filter(path -> path.startsWith("audio/")).count();
        return QuestionReader.Media.of(media.size() - videos - audios, videos, audios);
    }

    /** Whether the answer must be JSON valid against a schema sent in the config. */
    boolean wantsSchema() {
        return expect.contains("schema");
    }

    /**
     * What the reader got wrong about this prompt, one phrase per mistake; empty when it read the form,
     * every expected subject's target and exactly the expected styles.
     */
    List<String> mistakesIn(Question question) {
        List<String> mistakes = new ArrayList<>();
        if (question.form() != form) {
            mistakes.add("form " + question.form() + " instead of " + form);
        }
        List<Subject> unused = new ArrayList<>(question.subjects());
        for (ExpectedSubject subject : subjects) {
            Subject found = unused.stream().filter(got -> subject.matches(got.target())).findFirst().orElse(null);
            if (found == null) {
                mistakes.add("no subject " + subject.target() + " for '" + subject.name() + "'");
            } else {
                unused.remove(found);
            }
        }
        if (!question.styles().equals(styles)) {
            mistakes.add("styles " + new TreeSet<>(question.styles()) + " instead of " + new TreeSet<>(styles));
        }
        return mistakes;
    }

    /** The expected reading, in the corpus's own codes. */
    String expected() {
        return form + " " + subjects.stream().map(ExpectedSubject::target).toList() + " " + new TreeSet<>(styles);
    }

    /** A question as read, in the corpus's codes. */
    static String reading(Question question) {
        return question.form() + " " + question.subjects().stream()
                .map(subject -> code(subject.target()) + "('" + subject.phrase() + "')").toList()
                + " " + new TreeSet<>(question.styles());
    }

    /** A target in the corpus's code syntax ("Things:car|truck", "Shape:circle"). */
    static String code(Target target) {
        if (target instanceof Target.Things things) {
            return "Things:" + String.join("|", new TreeSet<>(things.classes()));
        }
        if (target instanceof Target.Shape shape) {
            return "Shape:" + shape.shape();
        }
        if (target instanceof Target.Unrecognised unrecognised) {
            return "Unrecognised:" + unrecognised.name();
        }
        return target.getClass().getSimpleName();
    }

    /**
     * A subject the reader must find, by the target code its analyzers need.
     *
     * @param name the word the prompt used, for the report
     * @param target a target code: "Things:cat", "Things:car|truck|bus", "Faces", "Text", "Shape:circle",
     *     "Shape:" (any shape), "Anything", "Main", "Unrecognised:flag"
     */
    record ExpectedSubject(String name, String target) {

        ExpectedSubject {
            String kind = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
            if (!Set.of("Things", "Faces", "Text", "Shape", "Anything", "Main", "Unrecognised").contains(kind)) {
                throw new IllegalArgumentException("unknown target code '" + target + "'");
            }
        }

        private String value() {
            return target.contains(":") ? target.substring(target.indexOf(':') + 1) : "";
        }

        /**
         * Things match when they hold every class named (and only that class when one is named);
         * a shape matches by its name; an unrecognised name when it contains the word expected.
         */
        boolean matches(Target got) {
            String kind = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
            if (!kind.equals(got.getClass().getSimpleName())) {
                return false;
            }
            if (got instanceof Target.Things things) {
                return classesMatch(things.classes(), value());
            }
            if (got instanceof Target.Shape shape) {
                return shape.shape().equals(value());
            }
            if (got instanceof Target.Unrecognised unrecognised) {
                return unrecognised.name().toLowerCase(Locale.ROOT).contains(value());
            }
            return true;
        }

        private static boolean classesMatch(Set<String> got, String value) {
            Set<String> wanted = new LinkedHashSet<>(List.of(value.split("\\|")));
            return wanted.size() == 1 ? got.equals(wanted) : got.containsAll(wanted);
        }
    }

    @Override
    public String toString() {
        return id + " " + media.stream().collect(Collectors.joining(", ")) + " \"" + prompt + "\"";
    }
}
