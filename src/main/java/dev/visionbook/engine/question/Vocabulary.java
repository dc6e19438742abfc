package dev.visionbook.engine.question;

import dev.visionbook.engine.analysis.CocoClasses;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the nouns of a prompt to what the analyzers can find, by meaning: the detector's own class
 * names and their everyday synonyms first, then WordNet — a word whose sense is a kind of a COCO
 * class maps to it ("sedan" → car, "lady" → woman → person, "pooch" → dog), a word above several
 * classes maps to all of them ("vehicles", "animals"), and a sense whose definition names a class
 * ("kitten: young domestic cat") maps to that class. Words with no such sense stay unrecognised,
 * so nothing unmeasured is ever claimed.
 *
 * <p>Thread-safe: the class senses are worked out once, lazily.
 */
final class Vocabulary {

    private static final Set<String> FACE_WORDS = Set.of("face", "faces", "head", "heads");
    private static final Set<String> TEXT_WORDS = Set.of("text", "texts", "word", "words", "writing", "letters",
            "letter", "sign", "signs", "caption", "title", "titles", "label", "labels", "inscription", "lettering",
            "wording", "message", "slogan", "headline", "logo");
    private static final Set<String> ANYTHING_WORDS = Set.of("object", "objects", "thing", "things", "item", "items",
            "everything", "anything", "stuff", "element", "elements", "entity", "entities", "something",
            "subject", "subjects");
    private static final Set<String> SHAPE_WORDS = Set.of("shape", "shapes", "blob", "blobs", "figure", "figures",
            "form", "forms");

    /** WordNet lemmas for the classes whose COCO name WordNet spells otherwise. */
    private static final Map<String, String> LEMMAS = Map.ofEntries(Map.entry("tv", "television receiver"),
            Map.entry("cell phone", "cellular telephone"), Map.entry("sports ball", "ball"),
            Map.entry("potted plant", "pot plant"), Map.entry("hair drier", "hand blower"),
            Map.entry("remote", "remote control"), Map.entry("donut", "doughnut"), Map.entry("skis", "ski"),
            Map.entry("tie", "necktie"), Map.entry("couch", "sofa"), Map.entry("stop sign", "street sign"),
            Map.entry("fire hydrant", "fireplug"));
    /** For class names with several physical senses, a word the intended sense's definition holds. */
    private static final Map<String, Pattern> SENSE = Map.of(
            "mouse", Pattern.compile("computer|cursor"), "keyboard", Pattern.compile("typewriter|computer"),
            "kite", Pattern.compile("plaything|toy|flown"), "toilet", Pattern.compile("bowl|seat|plumbing|flush"),
            "orange", Pattern.compile("fruit"), "apple", Pattern.compile("fruit"),
            "bowl", Pattern.compile("dish|vessel|container"));
    /** Only a word's first physical senses count: rarer ones ("cat" as a man) would mislead. */
    private static final int SENSES_CONSIDERED = 2;

    private static volatile Map<Long, String> classSenses;
    private static volatile Long physical;

    private Vocabulary() {
    }

    /**
     * What the noun {@code head} (with the whole {@code phrase} it came in) maps to.
     */
    static Target targetOf(String head, String phrase) {
        String word = head.toLowerCase(Locale.ROOT);
        if (FACE_WORDS.contains(word)) {
            return new Target.Faces();
        }
        if (TEXT_WORDS.contains(word)) {
            return new Target.Text();
        }
        if (ANYTHING_WORDS.contains(word)) {
            return new Target.Anything();
        }
        if (SHAPE_WORDS.contains(word)) {
            return new Target.Shape("");
        }
        for (String form : CocoClasses.singulars(word)) {
            if (Target.SHAPES.contains(form)) {
                return new Target.Shape(form);
            }
        }
        Optional<String> named = CocoClasses.classOf(phrase).or(() -> CocoClasses.classOf(word));
        if (named.isPresent()) {
            return new Target.Things(Set.of(named.get()));
        }
        for (String form : CocoClasses.singulars(word)) {
            Optional<Set<String>> meant = byMeaning(form);
            if (meant.isPresent()) {
                return new Target.Things(meant.get());
            }
        }
        return new Target.Unrecognised(word);
    }

    /** Whether the word names text ("word", "sign", "label"). */
    static boolean namesText(String word) {
        return TEXT_WORDS.contains(word);
    }

    /** Whether WordNet knows the word mostly as an adjective ("old", "happy"): then it is no subject's name. */
    static boolean mostlyAdjective(String word) {
        return WordNet.adjectiveSenses(word) > WordNet.nouns(word).size();
    }

    /** Whether the word is a noun WordNet knows (used to tell names from other words). */
    static boolean isNoun(String word) {
        return WordNet.isNoun(word) || CocoClasses.singulars(word).stream().anyMatch(WordNet::isNoun);
    }

    private static Optional<Set<String>> byMeaning(String word) {
        Map<Long, String> classes = classSenses();
        List<WordNet.Sense> senses = WordNet.nouns(word).stream()
                .filter(sense -> sense.ancestors().contains(physical)).limit(SENSES_CONSIDERED).toList();
        for (WordNet.Sense sense : senses) {
            // The most specific class the sense is a kind of: the one with the most ancestors.
            String best = null;
            int depth = -1;
            for (long ancestor : sense.ancestors()) {
                String name = classes.get(ancestor);
                if (name != null && depthOf(ancestor) > depth) {
                    best = name;
                    depth = depthOf(ancestor);
                }
            }
            if (best != null) {
                return Optional.of(Set.of(best));
            }
        }
        if (!senses.isEmpty()) {
            // A word above several classes ("animal", "vehicle"): every class below its first sense.
            Set<String> below = new LinkedHashSet<>();
            long first = senses.get(0).offset();
            for (Map.Entry<Long, WordNet.Sense> entry : classSenseDetails().entrySet()) {
                if (entry.getValue().ancestors().contains(first)) {
                    below.add(classes.get(entry.getKey()));
                }
            }
            if (!below.isEmpty()) {
                return Optional.of(below);
            }
            // "kitten: young domestic cat"
            for (String name : CocoClasses.names()) {
                if (Pattern.compile("\\b" + Pattern.quote(name) + "s?\\b").matcher(senses.get(0).gloss()).find()) {
                    return Optional.of(Set.of(name));
                }
            }
        }
        return Optional.empty();
    }

    /** How far down the tree a class sense lies: the size of its own closure. */
    private static int depthOf(long classSense) {
        WordNet.Sense details = classSenseDetails().get(classSense);
        return details == null ? 0 : details.ancestors().size();
    }

    private static volatile Map<Long, WordNet.Sense> details;

    private static Map<Long, String> classSenses() {
        if (classSenses == null) {
            synchronized (Vocabulary.class) {
                if (classSenses == null) {
                    List<WordNet.Sense> entity = WordNet.nouns("physical entity");
                    physical = entity.isEmpty() ? -1L : entity.get(0).offset();
                    Map<Long, String> byOffset = new HashMap<>();
                    Map<Long, WordNet.Sense> senses = new HashMap<>();
                    for (String name : CocoClasses.names()) {
                        Pattern meant = SENSE.get(name);
                        for (WordNet.Sense sense : WordNet.nouns(LEMMAS.getOrDefault(name, name))) {
                            if (sense.ancestors().contains(physical)
                                    && (meant == null || meant.matcher(sense.gloss()).find())) {
                                byOffset.putIfAbsent(sense.offset(), name);
                                senses.putIfAbsent(sense.offset(), sense);
                            }
                        }
                    }
                    details = senses;
                    classSenses = byOffset;
                }
            }
        }
        return classSenses;
    }

    private static Map<Long, WordNet.Sense> classSenseDetails() {
        classSenses();
        return details;
    }
}
