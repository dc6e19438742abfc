package dev.visionbook.engine.question;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link Question} from a request's words: the form by the grammatical cues of
 * {@link Cues}, tried from the most specific form to the most general; the subjects by noun
 * phrases mapped through {@link Vocabulary}; the styles from the prompt and the system
 * instruction; and, for a follow-up ("What colour is it?"), the subject from the earlier turns.
 *
 * <pre>{@code
 * Question q = QuestionReader.read("Where's the motorbike?", "", List.of(), Media.of(1, 0, 0));
 * q.form();      // LOCATE
 * q.subjects();  // [motorbike → Things[motorcycle]]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class QuestionReader {

    /** How many media of each kind the question is about: some forms need a video or sound. */
    public record Media(int images, int videos, int audios) {

        public static Media of(int images, int videos, int audios) {
            return new Media(images, videos, audios);
        }

        boolean timed() {
            return videos + audios > 0;
        }

        boolean visual() {
            return images + videos > 0;
        }
    }

    private static final Pattern TIME = Pattern.compile("\\b(?:(\\d{1,2}):)?([0-5]?\\d):([0-5]\\d)\\b");
    private static final Pattern AT_SECONDS = Pattern.compile("\\bat (\\d{1,4})(?:\\.\\d+)? ?(?:s|secs?|seconds?)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(it|its|they|them|their|he|she|him|her|this one"
            + "|that one|the same)\\b");

    private QuestionReader() {
    }

    /**
     * @param text the question (the last user turn's text)
     * @param system the system instruction's text, or empty
     * @param earlier the earlier user turns' texts, newest first
     * @param media what the question is about
     */
    public static Question read(String text, String system, List<String> earlier, Media media) {
        String t = Words.regular(text);
        List<Double> moments = moments(t);
        Form form = form(t, media, moments);
        List<Subject> subjects = subjects(t, form);
        boolean pronoun = PRONOUN.matcher(t).find();
        if (form == Form.ATTRIBUTE && pronoun && subjects.stream().noneMatch(s -> s.target().recognisable())) {
            // "What breed is it?": the unrecognised nouns are what is asked about it, not what "it" is.
            subjects = List.of();
        }
        if (subjects.isEmpty() && (needsSubject(form, t) || Words.tokens(t).size() <= 3 && !earlier.isEmpty()
                && form != Form.DESCRIBE && form != Form.CAPTION)) {
            subjects = fromEarlier(earlier, media);
        }
        form = refine(form, subjects, t);
        Set<Style> styles = styles(t + " " + Words.regular(system));
        String attribute = attribute(form, t, subjects);
        Matcher language = Cues.LANGUAGE.matcher(t);
        String lang = language.find() && !language.group(1).equals("english") ? capitalised(language.group(1)) : "";
        boolean visual = form != Form.TRANSCRIBE || Cues.VISUAL.matcher(t).find();
        return new Question(text.strip(), form, subjects, attribute, moments, Cues.QUIZ.matcher(t).find(), visual,
                styles, lang);
    }

    static Form form(String t, Media media, List<Double> moments) {
        boolean several = media.images() + media.videos() >= 2;
        if (t.isEmpty()) {
            return media.videos() > 0 && media.images() == 0 ? Form.SUMMARY : Form.DESCRIBE;
        }
        if (Cues.CREATIVE.matcher(t).find() && !Cues.TRANSCRIBE.matcher(t).find()
                && !(Cues.SUMMARY.matcher(t).find() && t.contains("quiz"))) {
            return Form.CREATIVE;
        }
        if (Cues.TRANSLATE.matcher(t).find() && (t.contains("translat") || Cues.READ_TEXT.matcher(t).find())) {
            return Form.TRANSLATE;
        }
        boolean readsText = t.matches(".*\\b(sign|text|label|caption|title|writing|board|poster|screen|banner"
                + "|page|note|card|it|this|that)\\b (say|says|read|reads|said)\\b.*");
        boolean summarise = t.matches(".*\\b(summar\\w*|recap|overview|quiz)\\b.*");
        if (media.videos() > 0 && !moments.isEmpty() && !summarise && !t.contains("transcri")) {
            return Form.MOMENTS;
        }
        boolean soundOnly = media.audios() > 0 && !media.visual();
        if ((Cues.TRANSCRIBE.matcher(t).find() || soundOnly && t.matches(".*\\b(say|says|saying|words)\\b.*"))
                && !(readsText && !media.timed()) && media.timed()) {
            return Form.TRANSCRIBE;
        }
        if (t.contains("transcri") && !media.timed()) {
            return media.visual() ? Form.READ_TEXT : Form.TRANSCRIBE;
        }
        if (media.videos() > 0 && Cues.SCENES.matcher(t).find()) {
            return Form.SCENES;
        }
        if (media.timed() && media.images() == 0 && Cues.SUMMARY.matcher(t).find()) {
            return Form.SUMMARY;
        }
        if (several && Cues.COMPARE.matcher(t).find()) {
            return Form.COMPARE;
        }
        if (Cues.SEGMENT.matcher(t).find()) {
            return Form.SEGMENT;
        }
        if (Cues.POINT.matcher(t).find()) {
            return Form.POINT;
        }
        if (Cues.PLACE_TAKEN.matcher(t).find()) {
            return Form.ATTRIBUTE;
        }
        if (Cues.PIXELS.matcher(t).find()) {
            return Form.SIZE;
        }
        if (Cues.COUNT.matcher(t).find()) {
            return Form.COUNT;
        }
        if (Cues.LOCATE.matcher(t).find()) {
            return Form.LOCATE;
        }
        if (Cues.COLOUR.matcher(t).find() || yesNoColour(t)) {
            return Form.COLOUR;
        }
        if (Cues.SHARPNESS.matcher(t).find()) {
            return Form.SHARPNESS;
        }
        if (Cues.SIZE.matcher(t).find()) {
            return Form.SIZE;
        }
        if (Cues.CAPTION.matcher(t).find()) {
            return Form.CAPTION;
        }
        if (readsText || Cues.READ_TEXT.matcher(t).find() && !Cues.PRESENCE.matcher(t).find()) {
            return Form.READ_TEXT;
        }
        if (Cues.DESCRIBE.matcher(t).find()) {
            return media.videos() > 0 && media.images() == 0 ? Form.SUMMARY : Form.DESCRIBE;
        }
        if (Cues.PRESENCE.matcher(t).find() && !t.matches("^(what|which|who)\\b.*")) {
            return Form.PRESENCE;
        }
        if (Cues.IDENTIFY.matcher(t).find() || Cues.IDENTIFY_ACTION.matcher(t).find()) {
            return Form.IDENTIFY;
        }
        if (Cues.UNMEASURED_HOW.matcher(t).find()) {
            return Form.ATTRIBUTE;
        }
        if (Cues.OPEN.matcher(t).find()) {
            return Form.OPEN;
        }
        if (Cues.YES_NO_QUESTION.matcher(t).find() || t.matches("^(what|which|who|whose|when)\\b.*")) {
            return Form.ATTRIBUTE;
        }
        return Form.OPEN;
    }

    /** "Is the car red?": a yes/no question whose last word is a colour. */
    private static boolean yesNoColour(String t) {
        List<String> tokens = Words.tokens(t);
        return Cues.YES_NO_QUESTION.matcher(t).find() && !tokens.isEmpty()
                && tokens.stream().skip(Math.max(0, tokens.size() - 2)).anyMatch(Words::isColour)
                && !Cues.PRESENCE.matcher(t).find();
    }

    /**
     * A form read from the words, adjusted by what the subjects turned out to be: "what kind of dog
     * is it" asks for a breed (not measured), "which animal is this" asks to identify.
     */
    private static Form refine(Form form, List<Subject> subjects, String t) {
        if (form == Form.IDENTIFY && t.matches(".*\\b(kind|type|sort|breed|species|make|model|brand) of\\b.*")
                && !subjects.isEmpty() && subjects.get(0).target() instanceof Target.Things things
                && things.classes().size() == 1) {
            return Form.ATTRIBUTE;
        }
        if (form == Form.ATTRIBUTE && t.matches("^(is|are) (this|that|it|these|those)\\b.*") && !subjects.isEmpty()
                && subjects.get(0).target().recognisable()) {
            return Form.PRESENCE;
        }
        // "What is the animal in this drawing?", "What is the main subject?": a category to name.
        if ((form == Form.ATTRIBUTE || form == Form.OPEN || form == Form.DESCRIBE) && t.matches("^(what|which)\\b.*")
                && !subjects.isEmpty() && (subjects.get(0).target() instanceof Target.Anything
                && !t.matches(".*\\b(objects|things|items|everything)\\b.*") && form != Form.DESCRIBE
                || subjects.get(0).target() instanceof Target.Things things && things.classes().size() > 1)
                && !t.matches(".*\\b(doing|wearing|holding|feeling|thinking|made of|called|named)\\b.*")) {
            return Form.IDENTIFY;
        }
        return form;
    }

    private static boolean needsSubject(Form form, String t) {
        return switch (form) {
            case LOCATE, POINT, SEGMENT, COUNT, COLOUR, PRESENCE, ATTRIBUTE -> PRONOUN.matcher(t).find()
                    || form == Form.COLOUR || form == Form.LOCATE && t.matches("^where\\b.*");
            default -> false;
        };
    }

    /** The subject of the newest earlier question that had one, or the main thing found. */
    private static List<Subject> fromEarlier(List<String> earlier, Media media) {
        for (String before : earlier) {
            String t = Words.regular(before);
            List<Subject> found = subjects(t, form(t, media, moments(t)));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of(Subject.main());
    }

    /**
     * The noun phrases of the question: runs of words that are not grammar, requests or media,
     * each with its head noun (the last word) and any colour given to it.
     */
    static List<Subject> subjects(String t, Form form) {
        List<Subject> subjects = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> tokens = Words.tokens(t);
        for (int i = 0; i < tokens.size(); i++) {
            String word = Words.bare(tokens.get(i));
            boolean colour = Words.isColour(word);
            if (imperative(tokens, i) || Cues.LANGUAGE.matcher(word).matches()
                    || i > 0 && FORMAT_COUNT.contains(tokens.get(i - 1)) && FORMAT_UNIT.contains(word)) {
                flush(run, subjects, form);
                continue;
            }
            if (colour || !Words.NOT_SUBJECTS.contains(word) && !word.matches("\\d+(?:s)?|\\d+:\\d+")) {
                run.add(word);
            } else {
                if (word.equals("one") || word.equals("ones")) {
                    run.add(word);
                }
                flush(run, subjects, form);
            }
        }
        flush(run, subjects, form);
        return subjects;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "all",
            "each", "every", "my", "any", "it", "them", "out", "up", "down");
    private static final Set<String> BEFORE_VERB = Set.of("please", "you", "me", "and", "then", "now", "just", "also",
            "to", "kindly", "again");
    private static final Set<String> FORMAT_COUNT = Set.of("one", "single", "a", "few", "two", "three");
    private static final Set<String> FORMAT_UNIT = Set.of("word", "words", "sentence", "sentences", "line", "lines");

    /** A request's verb ("Segment the circle", "please split this clip"): first, or after "please", then a determiner. */
    private static boolean imperative(List<String> tokens, int i) {
        boolean opens = i == 0 || BEFORE_VERB.contains(tokens.get(i - 1));
        return opens && i + 1 < tokens.size() && DETERMINERS.contains(tokens.get(i + 1))
                && !Words.NOT_SUBJECTS.contains(tokens.get(i));
    }

    private static void flush(List<String> run, List<Subject> subjects, Form form) {
        if (run.isEmpty()) {
            return;
        }
        List<String> words = List.copyOf(run);
        run.clear();
        String colour = words.stream().filter(Words::isColour).findFirst().orElse("");
        List<String> nouns = words.stream().filter(w -> !Words.isColour(w) && !w.equals("one") && !w.equals("ones"))
                .toList();
        if (nouns.isEmpty()) {
            if (!colour.isEmpty() && words.size() > 1 && form != Form.COLOUR) {
                subjects.add(new Subject("the " + String.join(" ", words), colour + " one", colour,
                        new Target.Anything()));
            }
            return;
        }
        // "motorbike", "traffic light", "cat's tail": two-word names first, then the head noun;
        // "the word JUPITER" is text, whatever it says.
        String head = nouns.stream().filter(Vocabulary::namesText).findFirst().orElse(nouns.get(nouns.size() - 1));
        if (Vocabulary.mostlyAdjective(head) && nouns.size() == 1) {
            return;
        }
        String phrase = String.join(" ", words);
        Target target = Vocabulary.targetOf(head, String.join(" ", nouns));
        if (!target.recognisable() && !Vocabulary.isNoun(head)) {
            return;
        }
        String name = target instanceof Target.Unrecognised ? String.join(" ", nouns) : head;
        if (subjects.stream().noneMatch(s -> s.phrase().equals(phrase))) {
            subjects.add(new Subject(phrase, name, colour, target));
        }
    }

    static Set<Style> styles(String t) {
        Set<Style> styles = EnumSet.noneOf(Style.class);
        if (Cues.NUMBER_ONLY.matcher(t).find()) {
            styles.add(Style.NUMBER_ONLY);
        }
        if (Cues.YES_NO.matcher(t).find()) {
            styles.add(Style.YES_NO);
        }
        if (Cues.ONE_WORD.matcher(t).find()) {
            styles.add(Style.ONE_WORD);
        }
        if (Cues.ONE_SENTENCE.matcher(t).find()) {
            styles.add(Style.ONE_SENTENCE);
        }
        if (Cues.BULLETS.matcher(t).find()) {
            styles.add(Style.BULLETS);
        }
        if (Cues.JSON.matcher(t).find()) {
            styles.add(Style.JSON);
        }
        return styles;
    }

    private static String attribute(Form form, String t, List<Subject> subjects) {
        if (form == Form.COLOUR) {
            List<String> tokens = Words.tokens(t);
            return tokens.stream().skip(Math.max(0, tokens.size() - 2)).filter(Words::isColour).findFirst().orElse("");
        }
        return "";
    }

    static List<Double> moments(String t) {
        List<Double> found = new ArrayList<>();
        Matcher m = TIME.matcher(t);
        while (m.find()) {
            int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            found.add(hours * 3600.0 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3)));
        }
        Matcher s = AT_SECONDS.matcher(t);
        while (s.find()) {
            found.add(Double.parseDouble(s.group(1)));
        }
        return List.copyOf(found);
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
