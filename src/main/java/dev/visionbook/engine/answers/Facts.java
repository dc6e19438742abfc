package dev.visionbook.engine.answers;

import java.util.List;

/**
 * What an answer rests on, as values a JSON answer or a response schema is filled from by each
 * field's meaning. A null or empty field was not measured for this question.
 *
 * @param sentence one plain sentence saying what was measured (a description or caption)
 * @param yes the answer to a yes/no question, or null
 * @param count how many, or null
 * @param found what was found, with boxes
 * @param colours colour names, largest share first
 * @param text lines of text read
 * @param said speech, with times
 * @param moments times in seconds the answer speaks of (scenes' starts, the moments asked)
 */
public record Facts(String sentence, Boolean yes, Integer count, List<Found> found, List<String> colours,
        List<String> text, List<Section.Said> said, List<Double> moments) {

    public Facts {
        found = found == null ? List.of() : List.copyOf(found);
        colours = colours == null ? List.of() : List.copyOf(colours);
        text = text == null ? List.of() : List.copyOf(text);
        said = said == null ? List.of() : List.copyOf(said);
        moments = moments == null ? List.of() : List.copyOf(moments);
    }

    public static Facts sentence(String sentence) {
        return new Facts(sentence, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Facts withFound(List<Found> more) {
        return new Facts(sentence, yes, count, more, colours, text, said, moments);
    }
}
