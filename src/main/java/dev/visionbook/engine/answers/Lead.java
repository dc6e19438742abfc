package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ColourShare;
import java.util.List;

/** The direct answer to the question asked, before any detail: what a reader sees first. */
public sealed interface Lead {

    /** Boxes (or points) of what was asked for; {@code missing} names what could not be recognised. */
    record Boxes(String asked, List<Found> found, List<String> missing, boolean points) implements Lead {
    }

    /** Is-there: yes with where, or not found (with what was found instead, {@code others}). */
    record Presence(String asked, boolean present, List<Found> found, List<Found> others) implements Lead {
    }

    /** How many. */
    record Count(String asked, int count, List<Found> found) implements Lead {
    }

    /**
     * The colours of one named thing's own pixels; {@code checked} is the colour a yes/no question
     * asked about ("Is the car red?"), or empty.
     */
    record Colours(String asked, Found of, List<ColourShare> colours, String checked) implements Lead {

        public boolean matches() {
            return !checked.isEmpty() && colours.stream().anyMatch(c -> c.name().contains(checked));
        }
    }

    /** Text read, line by line; {@code language} is a language it was asked to be put in, which the engine cannot do. */
    record Read(List<String> lines, String language) implements Lead {
    }

    /** A measured sentence (a caption, what was recognised, the size, the sharpness). */
    record Statement(String sentence) implements Lead {
    }

    /** The question needs what the engine does not measure: said in one line, on the question. */
    record CannotTell(String question, String why) implements Lead {
    }

    /** No short answer: the details are the answer (a description, an outline of a video). */
    record Details() implements Lead {
    }
}
