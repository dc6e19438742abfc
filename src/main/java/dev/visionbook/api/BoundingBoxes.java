package dev.visionbook.api;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Objects;

/**
 * Bounding boxes read from, and written as, a model's answer.
 *
 * <p>Asked "Return a bounding box for the piranha. [ymin, xmin, ymax, xmax]", models answer in
 * several ways: a plain list ({@code [312, 95, 688, 903]}), a list after a name
 * ({@code piranha: [312, 95, 688, 903]}), or JSON, often in a {@code ```json} fence
 * ({@code [{"box_2d": [312, 95, 688, 903], "label": "piranha"}]}). {@link #parse(String)} reads
 * all of these.
 */
public final class BoundingBoxes {

    private static final int QUOTED_LENGTH = 200;

    private BoundingBoxes() {
    }

    /**
     * Every box in the answer, in order of appearance.
     *
     * <p>Found inside or outside {@code ```} fences: JSON objects with a {@code box_2d},
     * {@code bbox} or {@code box} key (and a {@code label}), alone or in arrays; JSON objects with
     * {@code ymin}, {@code xmin}, {@code ymax} and {@code xmax}; plain lists of four numbers in
     * prose, labelled by a name before them on the same line ({@code piranha: [..]},
     * {@code - piranha [..]}). Decimals are rounded. Lists with a value outside 0 to 1000 or a min
     * greater than its max are skipped. JSON cut short still gives its complete objects and its
     * plain lists. The same numbers given twice (say in JSON and again in prose) are one box.
     *
     * @param answer the model's text; null or empty gives no boxes
     * @return the boxes, unmodifiable, possibly empty
     */
    public static List<BoundingBox> parse(String answer) {
        return BoxTextParser.parse(answer);
    }

    /**
     * The first box in the answer, found as by {@link #parse(String)}.
     *
     * @throws IllegalArgumentException when there is none, quoting the start of the answer
     */
    public static BoundingBox parseOne(String answer) {
        List<BoundingBox> boxes = parse(answer);
        if (!boxes.isEmpty()) {
            return boxes.get(0);
        }
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("No bounding box found: the answer was empty. Ask for a box as "
                    + BoundingBox.FORM + ".");
        }
        String quoted = answer.length() <= QUOTED_LENGTH ? answer : answer.substring(0, QUOTED_LENGTH) + "…";
        throw new IllegalArgumentException("No bounding box found in the answer: \"" + quoted
                + "\". Expected a list " + BoundingBox.FORM
                + ", or JSON such as [{\"box_2d\": [312, 95, 688, 903], \"label\": \"piranha\"}].");
    }

    /**
     * The boxes in the service's JSON form:
     * {@code [{"box_2d": [312, 95, 688, 903], "label": "piranha"}]}. {@link #parse(String)} reads
     * it back to the same boxes.
     */
    public static String toJson(List<BoundingBox> boxes) {
        Objects.requireNonNull(boxes, "boxes");
        StringBuilder json = new StringBuilder("[");
        for (BoundingBox box : boxes) {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append("{\"box_2d\": [").append(box.ymin()).append(", ").append(box.xmin()).append(", ")
                    .append(box.ymax()).append(", ").append(box.xmax()).append("], \"label\": \"")
                    .append(JsonStringEncoder.getInstance().quoteAsString(box.label())).append("\"}");
        }
        return json.append("]").toString();
    }
}
