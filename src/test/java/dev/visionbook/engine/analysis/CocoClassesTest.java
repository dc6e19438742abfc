package dev.visionbook.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CocoClassesTest {

    @ParameterizedTest
    @CsvSource({"cat, cat", "cats, cat", "kitten, cat", "the kittens, cat", "people, person", "pedestrian, person",
        "two dogs, dog", "puppies, dog", "beer mugs, cup", "wine glasses, wine glass", "knives, knife",
        "traffic lights, traffic light", "TV, tv", "red cars, car", "sofa, couch", "buses, bus"})
    void promptWordsNameTheirClass(String phrase, String coco) {
        assertEquals(Optional.of(coco), CocoClasses.classOf(phrase));
    }

    @ParameterizedTest
    @CsvSource({"piranha", "tree", "blue circle", "GEMINI", "grass"})
    void wordsForNoClassNameNothing(String phrase) {
        assertEquals(Optional.empty(), CocoClasses.classOf(phrase));
    }
}
