package dev.visionbook.engine.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of answer a prompt asks for, read from its words with fixed rules (so the same
 * prompt always gets the same kind of answer).
 *
 * @param target what to box or count ("the piranha" gives "piranha"), or empty
 * @param json whether the prompt asks for JSON
 * @param moments the MM:SS (or H:MM:SS) times the prompt names, in seconds, in order
 * @param quiz whether a quiz is asked for
 */
public record Intent(Kind kind, String target, boolean json, List<Double> moments, boolean quiz) {

    /** The kinds of request the engine has a writer for. */
    public enum Kind { BOXES, TRANSCRIBE, MOMENTS, VIDEO_SUMMARY, READ_TEXT, COUNT, COMPARE, DESCRIBE, CREATIVE,
        UNKNOWN }

    private static final Pattern TIME = Pattern.compile("\\b(?:(\\d{1,2}):)?([0-5]?\\d):([0-5]\\d)\\b");
    private static final Pattern BOX_TARGET = Pattern.compile(
            "(?:bounding )?box(?:es)?\\s+(?:for|of|around|on)\\s+(?:the |a |an |each |every |all |all the |any )?"
                    + "([\\p{L}\\p{N} '-]{1,60}?)\\s*(?:[.,;:?!\\[(]|$| in | and return| as | using )");
    private static final Pattern DETECT_TARGET = Pattern.compile(
            "(?:detect|find|locate|point to|outline)\\s+(?:the |a |an |each |every |all |all the |any )?"
                    + "([\\p{L}\\p{N} '-]{1,60}?)\\s*(?:[.,;:?!\\[(]|$| in | and | with )");
    private static final Pattern COUNT_TARGET = Pattern.compile(
            "(?:how many|count(?: the)?)\\s+([\\p{L}\\p{N} '-]{1,60}?)\\s*(?:[.,;:?!(]|$| are | is | do | can | in | on )");
    private static final Pattern CREATIVE = Pattern.compile(
            "\\b(jingle|poem|song|lyrics|haiku|limerick|story|stories|rap|slogan|tagline|joke|essay|tweet|sonnet|"
                    + "script|advert|advertisement|screenplay|fan ?fiction)\\b|how (?:was|were|is|are) .{0,40}"
                    + "(?:made|manufactured|built|produced)|manufactur|imagine|invent|pretend|role-?play");

    /** Words that ask for whatever is there ("the main objects") rather than name a thing. */
    private static final Pattern GENERIC_TARGET = Pattern.compile("(?:(?:main|all|visible|prominent|key|important|"
            + "different|various|distinct|notable|major|biggest|largest|other)\\s+)*(?:it|this|that|them|these|those|"
            + "objects?|things?|items?|everything|image|picture|photo)");
    /** One more name in a list after the first: ", the face", " and the flag", ", and a cup". */
    private static final Pattern LISTED_TARGET = Pattern.compile(
            "\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?!(?:return|give|answer|output|use|provide|label|list|show)\\b)"
                    + "(?:the |a |an |each |every |all |all the |any )?([\\p{L}\\p{N} '-]{1,40}?)(?=\\s*(?:[.,;:?!\\[(]|$| in | and | with | as | using ))");

    public static Intent of(String prompt, int images, int videos, int audios) {
        String p = prompt.toLowerCase(Locale.ROOT).replace('\n', ' ');
        boolean json = p.contains("json") || p.contains("box_2d");
        List<Double> moments = moments(p);
        boolean quiz = p.contains("quiz") || p.contains("question");
        boolean timed = videos + audios > 0;
        if (p.contains("bounding box") || p.contains("box_2d") || p.contains("[ymin") || p.contains("ymin,")
                || (p.matches(".*\\b(detect|locate|point to|outline)\\b.*") && images + videos > 0)) {
            return new Intent(Kind.BOXES, target(p), json, moments, quiz);
        }
        if (p.matches(".*\\b(transcri\\w*|subtitles?|captions? for the audio|what (?:is|was) said|lyrics of)\\b.*")
                && timed) {
            return new Intent(Kind.TRANSCRIBE, "", json, moments, quiz);
        }
        if (CREATIVE.matcher(p).find() && !p.matches(".*\\b(summar\\w*|quiz|transcri\\w*)\\b.*")) {
            return new Intent(Kind.CREATIVE, "", json, moments, quiz);
        }
        if (!moments.isEmpty() && videos > 0) {
            return new Intent(Kind.MOMENTS, "", json, moments, quiz);
        }
        if (videos > 0 && images == 0) {
            return new Intent(Kind.VIDEO_SUMMARY, "", json, moments, quiz);
        }
        if (p.matches(".*\\b(read|ocr|what does (?:it|the \\w+) say|text in|written|words? (?:in|on))\\b.*")) {
            return new Intent(Kind.READ_TEXT, "", json, moments, quiz);
        }
        Matcher count = COUNT_TARGET.matcher(p);
        if (count.find()) {
            return new Intent(Kind.COUNT, clean(count.group(1)), json, moments, quiz);
        }
        if (images + videos >= 2 && p.matches(".*\\b(compare|comparison|differen\\w*|similar\\w*|same|contrast|"
                + "in common|versus|vs)\\b.*")) {
            return new Intent(Kind.COMPARE, "", json, moments, quiz);
        }
        if (audios > 0 && images + videos == 0) {
            return new Intent(Kind.TRANSCRIBE, "", json, moments, quiz);
        }
        if (p.matches(".*\\b(describe|description|what(?:'s| is| are| do you see)|summar\\w*|caption|tell me|"
                + "explain|identify|show|see|look|picture|photo|image)\\b.*") || p.isBlank()) {
            return new Intent(Kind.DESCRIBE, "", json, moments, quiz);
        }
        return new Intent(Kind.UNKNOWN, "", json, moments, quiz);
    }

    static List<Double> moments(String prompt) {
        List<Double> found = new ArrayList<>();
        Matcher m = TIME.matcher(prompt);
        while (m.find()) {
            int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            found.add(hours * 3600.0 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3)));
        }
        return List.copyOf(found);
    }

    /**
     * What the prompt names to box: the first name a box or detect phrase gives, with the names
     * listed after it ("the person, the face and the flag"), joined by ", ".
     */
    private static String target(String prompt) {
        for (Pattern pattern : List.of(BOX_TARGET, DETECT_TARGET)) {
            Matcher m = pattern.matcher(prompt);
            if (m.find()) {
                // "each cup and saucer": one phrase may already name several things.
                List<String> names = new ArrayList<>();
                for (String part : m.group(1).split("\\s+and\\s+")) {
                    addName(names, part);
                }
                if (!names.isEmpty()) {
                    Matcher more = LISTED_TARGET.matcher(prompt).region(m.end(1), prompt.length());
                    while (more.lookingAt()) {
                        addName(names, more.group(1));
                        more.region(more.end(), prompt.length());
                    }
                    return String.join(", ", names);
                }
            }
        }
        return "";
    }

    /** The names of {@link #target()} one by one: "person, face, flag" gives three. */
    public List<String> targets() {
        return target.isEmpty() ? List.of() : List.of(target.split(",\\s*"));
    }

    /** Adds the name {@code phrase} gives, unless it is empty, generic ("objects") or already there. */
    private static void addName(List<String> names, String phrase) {
        String name = clean(phrase);
        if (!name.isEmpty() && !GENERIC_TARGET.matcher(name).matches() && !names.contains(name)) {
            names.add(name);
        }
    }

    private static String clean(String target) {
        return target.strip().replaceAll("^(?:the|a|an)\\s+", "").replaceAll("\\s+(?:here|there|shown|visible)$", "");
    }
}
