package dev.visionbook.engine.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nouns in no word list reach their COCO class through WordNet, by what they mean. */
class VocabularyTest {

    @ParameterizedTest
    @CsvSource({"astronaut, person", "cosmonaut, person", "firefighter, person", "fireman, person", "pilot, person",
        "sedan, car", "pooch, dog", "demitasse, cup", "goblet, cup"})
    void aKindOfAClassIsThatClass(String word, String coco) {
        assertEquals(new Target.Things(Set.of(coco)), Vocabulary.targetOf(word, "the " + word));
    }

    @ParameterizedTest
    @CsvSource({"espresso", "tea", "latte"})
    void aWordWithNoSenseUnderAClassStaysUnrecognised(String word) {
        assertEquals(new Target.Unrecognised(word), Vocabulary.targetOf(word, "the " + word));
    }
}
