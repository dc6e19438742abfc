package dev.visionbook.engine.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 80 COCO classes the object detector knows, in its output order, and the words a prompt may
 * use for them: plurals ("cats"), everyday synonyms ("kitten" for cat, "people" for person, "mug"
 * for cup). A word that names no class maps to nothing, so nothing unmeasured is ever claimed.
 */
public final class CocoClasses {

    /** Class names by the detector's class index. */
    static final List<String> NAMES = List.of("person", "bicycle", "car", "motorcycle", "airplane", "bus",
            "train", "truck", "boat", "traffic light", "fire hydrant", "stop sign", "parking meter", "bench", "bird",
            "cat", "dog", "horse", "sheep", "cow", "elephant", "bear", "zebra", "giraffe", "backpack", "umbrella",
            "handbag", "tie", "suitcase", "frisbee", "skis", "snowboard", "sports ball", "kite", "baseball bat",
            "baseball glove", "skateboard", "surfboard", "tennis racket", "bottle", "wine glass", "cup", "fork",
            "knife", "spoon", "bowl", "banana", "apple", "sandwich", "orange", "broccoli", "carrot", "hot dog", "pizza",
            "donut", "cake", "chair", "couch", "potted plant", "bed", "dining table", "toilet", "tv", "laptop", "mouse",
            "remote", "keyboard", "cell phone", "microwave", "oven", "toaster", "sink", "refrigerator", "book",
            "clock", "vase", "scissors", "teddy bear", "hair drier", "toothbrush");

    /** Other words for a class, singular; plurals are handled by {@link #singular}. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("human", "person"), Map.entry("man", "person"),
            Map.entry("men", "person"), Map.entry("woman", "person"), Map.entry("women", "person"),
            Map.entry("child", "person"), Map.entry("children", "person"), Map.entry("kid", "person"),
            Map.entry("boy", "person"), Map.entry("girl", "person"), Map.entry("baby", "person"),
            Map.entry("pedestrian", "person"), Map.entry("player", "person"),
            Map.entry("kitten", "cat"), Map.entry("kitty", "cat"), Map.entry("puppy", "dog"),
            Map.entry("doggy", "dog"), Map.entry("pony", "horse"), Map.entry("lamb", "sheep"),
            Map.entry("cattle", "cow"), Map.entry("calf", "cow"), Map.entry("bike", "bicycle"),
            Map.entry("motorbike", "motorcycle"), Map.entry("scooter", "motorcycle"), Map.entry("automobile", "car"),
            Map.entry("taxi", "car"), Map.entry("lorry", "truck"), Map.entry("plane", "airplane"),
            Map.entry("aeroplane", "airplane"), Map.entry("aircraft", "airplane"), Map.entry("ship", "boat"),
            Map.entry("mug", "cup"), Map.entry("teacup", "cup"),
            Map.entry("glass", "wine glass"), Map.entry("sofa", "couch"), Map.entry("table", "dining table"),
            Map.entry("desk", "dining table"), Map.entry("plant", "potted plant"), Map.entry("television", "tv"),
            Map.entry("monitor", "tv"), Map.entry("screen", "tv"), Map.entry("computer", "laptop"),
            Map.entry("notebook", "laptop"), Map.entry("phone", "cell phone"), Map.entry("smartphone", "cell phone"),
            Map.entry("mobile", "cell phone"), Map.entry("fridge", "refrigerator"), Map.entry("ball", "sports ball"),
            Map.entry("football", "sports ball"), Map.entry("doughnut", "donut"), Map.entry("bag", "handbag"),
            Map.entry("purse", "handbag"), Map.entry("rucksack", "backpack"), Map.entry("luggage", "suitcase"),
            Map.entry("racket", "tennis racket"), Map.entry("teddy", "teddy bear"), Map.entry("hairdryer", "hair drier"),
            Map.entry("hydrant", "fire hydrant"), Map.entry("remote control", "remote"));

    private CocoClasses() {
    }

    /** The 80 class names, in the detector's order. */
    public static List<String> names() {
        return NAMES;
    }

    /** The class name for the detector's class index. */
    static String name(int index) {
        if (index < 0 || index >= NAMES.size()) {
            throw new IllegalArgumentException("COCO class index " + index + " is outside 0–" + (NAMES.size() - 1));
        }
        return NAMES.get(index);
    }

    /**
     * The class a prompt's phrase names, if any: "cats" and "kitten" give cat, "the people" gives
     * person, "beer mugs" gives cup (the last word that names a class wins, as English puts the
     * noun last).
     */
    public static Optional<String> classOf(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").strip();
        for (String name : NAMES) {
            if (p.equals(name) || p.endsWith(" " + name) || p.equals(name + "s") || p.endsWith(" " + name + "s")) {
                return Optional.of(name);
            }
        }
        if (SYNONYMS.containsKey(p)) {
            return Optional.of(SYNONYMS.get(p));
        }
        String[] words = p.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            for (String form : singulars(words[i])) {
                if (NAMES.contains(form)) {
                    return Optional.of(form);
                }
                if (SYNONYMS.containsKey(form)) {
                    return Optional.of(SYNONYMS.get(form));
                }
            }
        }
        return Optional.empty();
    }

    /** The word and the singulars English could have made it from: "buses" → bus, "knives" → knife. */
    public static List<String> singulars(String word) {
        List<String> forms = new java.util.ArrayList<>(List.of(word));
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            forms.add(word.substring(0, word.length() - 1));
            if (word.endsWith("es")) {
                forms.add(word.substring(0, word.length() - 2));
            }
            if (word.endsWith("ies")) {
                forms.add(word.substring(0, word.length() - 3) + "y");
            }
            if (word.endsWith("ves")) {
                forms.add(word.substring(0, word.length() - 3) + "fe");
                forms.add(word.substring(0, word.length() - 3) + "f");
            }
        }
        return forms;
    }
}
