package dev.visionbook.engine.answers;

import java.util.List;

/** A titled group of details under the lead, for one part or one aspect. */
public record Section(String title, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }

    /** One detail. */
    public sealed interface Item {
    }

    /** Something found, with its box. */
    public record Thing(Found found) implements Item {
    }

    /** A named measurement: "Size: 640 × 480 px". */
    public record Fact(String name, String value) implements Item {
    }

    /** Words said from a time, in seconds. */
    public record Said(double at, String words) implements Item {
    }

    /** A table: scenes of a video, measurements side by side. */
    public record Table(List<String> header, List<List<String>> rows) implements Item {
    }

    /** A sentence of its own. */
    public record Note(String text) implements Item {
    }

    /** A question with its answer (a quiz). */
    public record Quiz(List<String> questions, List<String> answers) implements Item {
    }
}
