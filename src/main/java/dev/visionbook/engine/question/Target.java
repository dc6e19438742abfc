package dev.visionbook.engine.question;

import java.util.List;
import java.util.Set;

/** What a subject of a question maps to among the things the analyzers can find. */
public sealed interface Target {

    /** One or more of the object detector's COCO classes ("motorbike" → motorcycle; "vehicles" → all of them). */
    record Things(Set<String> classes) implements Target {
        public Things {
            classes = Set.copyOf(classes);
        }
    }

    /** Faces, found by the face detector. */
    record Faces() implements Target {
    }

    /** Text, read by OCR. */
    record Text() implements Target {
    }

    /** Outlined shapes on a plain background; {@code shape} is empty for any shape. */
    record Shape(String shape) implements Target {
    }

    /** Whatever was found ("the objects", "everything", "things"). */
    record Anything() implements Target {
    }

    /** A follow-up's "it" with no earlier subject: the most prominent thing found. */
    record Main() implements Target {
    }

    /** A name the analyzers cannot recognise ("flag", "giraffe-shaped cloud"). */
    record Unrecognised(String name) implements Target {
    }

    /** Shapes the outliner names. */
    List<String> SHAPES = List.of("rectangle", "square", "circle", "ellipse", "triangle", "oval", "polygon", "star");

    default boolean recognisable() {
        return !(this instanceof Unrecognised);
    }
}
