package dev.visionbook.engine.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt's text made regular for reading: lower case, contractions spelled out ("what's" → "what
 * is"), one spelling of colour, and split into word tokens. Also the closed classes of English
 * words that never name a subject (determiners, pronouns, auxiliaries, prepositions, request
 * verbs) and the colour words the analyzers name.
 */
final class Words {

    static final Set<String> COLOURS = Set.of("black", "white", "grey", "gray", "red", "brown", "orange", "olive",
            "yellow", "green", "cyan", "blue", "purple", "pink", "violet", "magenta", "beige", "gold", "golden",
            "silver", "tan", "navy", "teal", "maroon", "turquoise", "cream");

    /** Words that cannot be the head of a subject: grammar, requests, media and answer formats. */
    static final Set<String> NOT_SUBJECTS = Set.copyOf(List.of(
            // determiners, pronouns, quantifiers
            "a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "them", "their", "there", "here",
            "he", "she", "him", "her", "his", "hers", "i", "me", "my", "we", "us", "our", "you", "your", "one", "ones",
            "any", "some", "each", "every", "all", "both", "either", "neither", "no", "none", "other", "another",
            "many", "much", "more", "most", "few", "several", "such", "own", "same", "only", "just", "also", "very",
            "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "whether", "if", "than", "then",
            "and", "or", "but", "nor", "so", "not", "yes", "ok", "okay", "please", "thanks", "thank", "hey", "hi",
            // auxiliaries and common verbs of asking
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has",
            "had", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "let", "lets",
            "see", "seen", "look", "looks", "looking", "show", "shows", "shown", "showing", "tell", "give", "find",
            "found", "locate", "detect", "detected", "return", "describe", "count", "read", "list", "identify",
            "draw", "mark", "point", "put", "provide", "output", "get", "make", "want", "need", "know", "think",
            "say", "says", "said", "write", "written", "contain", "contains", "containing", "include", "includes",
            "appear", "appears", "visible", "present", "located", "sitting", "standing", "placed", "depicted",
            "pictured", "exist", "exists", "seem", "seems", "go", "happen", "happens", "happening", "explain",
            "label", "outline", "highlight", "box", "boxes", "surround", "around", "spot", "tag",
            // prepositions and position words
            "in", "on", "at", "of", "for", "to", "from", "with", "without", "by", "about", "into", "onto", "over",
            "under", "above", "below", "behind", "near", "next", "between", "inside", "outside", "within", "across",
            "left", "right", "top", "bottom", "middle", "centre", "center", "side", "corner", "front", "back",
            "upper", "lower", "foreground", "background", "up", "down", "out", "off", "as", "like", "per",
            // the media and the answer's form
            "image", "images", "photo", "photos", "photograph", "picture", "pictures", "pic", "pics", "frame",
            "frames", "video", "videos", "clip", "clips", "scene", "scenes", "screenshot", "drawing", "sketch",
            "illustration", "shot", "shots", "file", "files", "audio", "recording", "footage", "movie", "film",
            "json", "bounding", "coordinates", "coordinate", "format", "number", "numbers", "answer", "sentence",
            "sentences", "description", "summary", "caption", "list", "table", "location", "locations",
            "position", "positions", "place", "where", "colour", "colours", "color", "colors", "shade", "hue",
            "total", "amount", "quantity", "count", "exactly", "roughly", "approximately", "overall", "main",
            "kind", "kinds", "type", "types", "sort", "sorts", "lot", "bit", "part", "parts", "area", "region",
            "detail", "details", "ymin", "xmin", "ymax", "xmax", "box_2d", "label", "labels", "point", "points",
            "mask", "masks", "segmentation", "key", "pixel", "pixels", "size", "dimensions", "time", "times",
            "moment", "moments", "timestamp", "timestamps", "second", "seconds", "minute", "minutes", "mm", "ss",
            "visual", "visuals", "quiz", "bullet", "bullets", "line", "lines", "brief", "short", "single",
            "exact", "precise", "currently", "now", "really", "actually", "maybe", "perhaps", "else", "again",
            "quick", "quickly", "briefly", "simply", "first", "second", "third", "last", "next", "previous",
            "many", "percent", "way", "sure", "able", "possible", "correct", "true", "false", "right",
            // what things do: the question's verb, never its subject
            "doing", "wearing", "wear", "wears", "holding", "hold", "holds", "eating", "playing", "running",
            "walking", "flying", "driving", "riding", "carrying", "using", "going", "sitting", "standing", "lying",
            "taken", "made", "called", "named", "mean", "means", "meaning", "depict", "depicts", "represent",
            "represents", "feel", "feels", "felt", "like", "likes", "love", "guess", "imagine", "wonder",
            "translate", "transcribe", "summarize", "summarise", "compare", "generate", "create", "produce",
            "come", "up", "funny", "good", "nice", "cool", "interesting", "short", "long", "big", "small",
            "large", "little", "tiny", "huge", "whole", "entire", "different", "similar", "exact", "overall",
            // number words
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "half"));

    private Words() {
    }

    /** The text in lower case with contractions spelled out and "color" spelled "colour". */
    static String regular(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\n', ' ');
        t = t.replaceAll("\\b(whats|wats|wots)\\b", "what is").replaceAll("\\bwat\\b", "what")
                .replaceAll("\\bdis\\b", "this").replaceAll("\\bhw\\b", "how").replaceAll("\\bu\\b", "you").replaceAll("\\br\\b", "are").replaceAll("\\bur\\b", "your")
                .replaceAll("\\b(pls|plz)\\b", "please").replaceAll("\\bwheres\\b", "where is");
        t = t.replaceAll("\\bwhat's\\b", "what is").replaceAll("\\bwhere's\\b", "where is")
                .replaceAll("\\bwho's\\b", "who is").replaceAll("\\bhow's\\b", "how is")
                .replaceAll("\\bthat's\\b", "that is").replaceAll("\\bthere's\\b", "there is")
                .replaceAll("\\bit's\\b", "it is").replaceAll("\\bwhat're\\b", "what are")
                .replaceAll("\\b(is|are|does|do|can|was|were|could|would|should|did|has|have)n't\\b", "$1 not")
                .replaceAll("\\bcan't\\b", "can not").replaceAll("\\bwon't\\b", "will not")
                .replaceAll("\\bi'm\\b", "i am").replaceAll("\\b(you|we|they)'re\\b", "$1 are")
                .replaceAll("\\bcolou?r(s|ed|ing)?\\b", "colour$1").replaceAll("\\bgr[ae]y\\b", "grey")
                .replaceAll("\\bmotor-bike", "motorbike").replaceAll("\\s+", " ");
        return t.strip();
    }

    /** The word tokens of regular text, apostrophes kept inside words ("cat's" stays one token). */
    static List<String> tokens(String regular) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(regular);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+(?:['-][\\p{L}\\p{N}]+)*");

    /** The word without a possessive "'s". */
    static String bare(String token) {
        return token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
    }

    static boolean isColour(String token) {
        return COLOURS.contains(token);
    }
}
