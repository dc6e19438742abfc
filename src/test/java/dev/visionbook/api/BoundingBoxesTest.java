package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundingBoxesTest {

    private static final BoundingBox PIRANHA = new BoundingBox(312, 95, 688, 903, "piranha");

    // --- answers as models give them ---

    @Test
    void the_tutorial_era_plain_answer_is_one_box_without_a_label() {
        assertEquals(List.of(new BoundingBox(312, 95, 688, 903, "")), BoundingBoxes.parse("[312, 95, 688, 903]\n"));
        assertEquals(new BoundingBox(312, 95, 688, 903), BoundingBoxes.parseOne("[312, 95, 688, 903]"));
    }

    @Test
    void a_json_fenced_answer_gives_both_labelled_boxes_in_order() {
        String answer = """
                ```json
                [
                  {"box_2d": [312, 95, 688, 903], "label": "piranha"},
                  {"box_2d": [720, 410, 845, 560], "label": "rock"}
                ]
                ```
                """;
        assertEquals(List.of(PIRANHA, new BoundingBox(720, 410, 845, 560, "rock")), BoundingBoxes.parse(answer));
    }

    @Test
    void a_bare_fence_and_text_around_it_are_read_the_same() {
        String answer = "Here are the boxes you asked for:\n```\n[{\"box_2d\": [312, 95, 688, 903], \"label\": \"piranha\"}]\n```\n"
                + "Let me know if you need anything else.";
        assertEquals(List.of(PIRANHA), BoundingBoxes.parse(answer));
    }

    @Test
    void prose_with_a_name_before_a_list_labels_the_box_with_that_name() {
        String answer = """
                The piranha: [312, 95, 688, 903]
                - rock [720, 410, 845, 560]
                **plant**: [10, 20, 300, 150]
                Here is the bounding box for the snail: [500, 500, 520, 530]
                """;
        assertEquals(List.of(PIRANHA, new BoundingBox(720, 410, 845, 560, "rock"),
                new BoundingBox(10, 20, 300, 150, "plant"), new BoundingBox(500, 500, 520, 530, "snail")),
                BoundingBoxes.parse(answer));
    }

    @Test
    void a_list_item_keeps_its_whole_name_commas_included_but_not_a_sentence() {
        String answer = """
                - yellow, black, orange object: [0, 0, 1000, 1000]
                - Here is the box for the piranha: [312, 95, 688, 903]
                """;
        assertEquals(List.of(new BoundingBox(0, 0, 1000, 1000, "yellow, black, orange object"), PIRANHA),
                BoundingBoxes.parse(answer));
    }

    @Test
    void several_plain_lists_in_one_sentence_are_all_found_in_order() {
        String answer = "I found two fish, at [312, 95, 688, 903] and at [100, 200, 300, 400].";
        assertEquals(List.of(new BoundingBox(312, 95, 688, 903), new BoundingBox(100, 200, 300, 400)),
                BoundingBoxes.parse(answer));
    }

    @Test
    void a_truncated_json_answer_keeps_its_complete_objects_and_falls_back_to_plain_lists() {
        String answer = """
                ```json
                [
                  {"box_2d": [312, 95, 688, 903], "label": "piranha"},
                  {"box_2d": [720, 410, 845, 560], "label": "ro""";
        assertEquals(List.of(PIRANHA, new BoundingBox(720, 410, 845, 560)), BoundingBoxes.parse(answer));

        String cutInsideAList = "[{\"box_2d\": [312, 95, 688, 903], \"label\": \"piranha\"}, {\"box_2d\": [720, 41";
        assertEquals(List.of(PIRANHA), BoundingBoxes.parse(cutInsideAList));
    }

    @Test
    void lists_outside_zero_to_a_thousand_or_inside_out_are_skipped_not_thrown() {
        String answer = "Candidates: [0, 0, 1200, 800], [-5, 10, 20, 30], [688, 95, 312, 903], [312, 903, 688, 95], "
                + "and the piranha: [312, 95, 688, 903].";
        assertEquals(List.of(PIRANHA), BoundingBoxes.parse(answer));
        assertEquals(List.of(), BoundingBoxes.parse("[{\"box_2d\": [10, 20, 1001, 40], \"label\": \"too far\"}]"));
    }

    @Test
    void decimals_are_rounded_to_the_nearest_unit() {
        assertEquals(List.of(new BoundingBox(312, 96, 688, 903)), BoundingBoxes.parse("[312.4, 95.5, 687.6, 903.0]"));
        assertEquals(List.of(new BoundingBox(0, 0, 1000, 1000)), BoundingBoxes.parse("[-0.3, 0, 1000.4, 999.9]"));
    }

    @Test
    void bbox_and_box_keys_and_a_single_object_are_read_like_box_2d() {
        assertEquals(List.of(PIRANHA), BoundingBoxes.parse("{\"bbox\": [312, 95, 688, 903], \"label\": \"piranha\"}"));
        assertEquals(List.of(PIRANHA), BoundingBoxes.parse("```json\n{\"label\": \"piranha\", \"box\": [312, 95, 688, 903]}\n```"));
        assertEquals(List.of(PIRANHA), BoundingBoxes.parse("[{'box_2d': [312, 95, 688, 903], 'label': 'piranha',}]"));
    }

    @Test
    void a_box_given_in_json_and_again_in_prose_is_one_box() {
        String answer = "```json\n[{\"box_2d\": [312, 95, 688, 903], \"label\": \"piranha\"}]\n```\n"
                + "So the piranha is at [312, 95, 688, 903].";
        assertEquals(List.of(PIRANHA), BoundingBoxes.parse(answer));
    }

    @Test
    void parsing_the_same_answer_twice_gives_the_same_boxes() {
        String answer = "piranha: [312, 95, 688, 903]\n```json\n[{\"box_2d\": [720, 410, 845, 560], \"label\": \"rock\"}]\n```";
        List<BoundingBox> first = BoundingBoxes.parse(answer);
        assertEquals(2, first.size());
        assertEquals(first, BoundingBoxes.parse(answer));
    }

    @Test
    void an_answer_without_a_box_gives_an_empty_list_and_parseOne_says_so_quoting_the_answer() {
        String answer = "I'm sorry, I can't see a piranha in this image. The picture shows [ymin, xmin, ymax, xmax] "
                + "of nothing in particular.";
        assertEquals(List.of(), BoundingBoxes.parse(answer));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BoundingBoxes.parseOne(answer));
        assertTrue(error.getMessage().startsWith("No bounding box found"), error.getMessage());
        assertTrue(error.getMessage().contains("\"I'm sorry, I can't see a piranha"), error.getMessage());
        assertTrue(error.getMessage().contains("[ymin, xmin, ymax, xmax] from 0 to 1000"), error.getMessage());
    }

    @Test
    void parseOne_quotes_only_the_first_two_hundred_characters_of_a_long_answer() {
        String answer = "a".repeat(200) + "THE REST";
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BoundingBoxes.parseOne(answer));
        assertTrue(error.getMessage().contains("a".repeat(200) + "…"), error.getMessage());
        assertTrue(!error.getMessage().contains("THE REST"), error.getMessage());
    }

    @Test
    void empty_and_null_answers_have_no_boxes() {
        assertEquals(List.of(), BoundingBoxes.parse(""));
        assertEquals(List.of(), BoundingBoxes.parse(null));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BoundingBoxes.parseOne("  "));
        assertTrue(error.getMessage().contains("the answer was empty"), error.getMessage());
    }

    @Test
    void toJson_writes_the_services_form_and_parse_reads_it_back() {
        List<BoundingBox> boxes = List.of(PIRANHA, new BoundingBox(1, 2, 3, 4, "a \"quoted\" name"));
        String json = BoundingBoxes.toJson(boxes);
        assertEquals("[{\"box_2d\": [312, 95, 688, 903], \"label\": \"piranha\"}, "
                + "{\"box_2d\": [1, 2, 3, 4], \"label\": \"a \\\"quoted\\\" name\"}]", json);
        assertEquals(boxes, BoundingBoxes.parse(json));
        assertEquals("[]", BoundingBoxes.toJson(List.of()));
    }

    // --- the box itself ---

    @Test
    void a_box_prints_as_its_label_then_its_list() {
        assertEquals("piranha [312, 95, 688, 903]", PIRANHA.toString());
        assertEquals("[312, 95, 688, 903]", new BoundingBox(312, 95, 688, 903, null).toString());
    }

    @Test
    void a_wrong_value_is_named_in_the_error_with_the_expected_form() {
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> new BoundingBox(312, 95, 1688, 903, "piranha"));
        assertTrue(outside.getMessage().contains("ymax is 1688"), outside.getMessage());
        assertTrue(outside.getMessage().contains("[ymin, xmin, ymax, xmax] from 0 to 1000"), outside.getMessage());

        IllegalArgumentException insideOut = assertThrows(IllegalArgumentException.class,
                () -> new BoundingBox(312, 903, 688, 95, "piranha"));
        assertTrue(insideOut.getMessage().contains("xmin 903 is greater than xmax 95"), insideOut.getMessage());
        assertTrue(insideOut.getMessage().contains("[ymin, xmin, ymax, xmax] from 0 to 1000"), insideOut.getMessage());
    }

    @Test
    void pixels_on_a_1024_by_768_image_follow_the_tutorials_rule() {
        // x = xmin / 1000 * 1024, y = ymin / 1000 * 768, rounded:
        // left 95 * 1.024 = 97.28, top 312 * 0.768 = 239.616, right 903 * 1.024 = 924.672, bottom 688 * 0.768 = 528.384
        PixelBox pixels = PIRANHA.toPixels(1024, 768);
        assertEquals(new PixelBox(97, 240, 925, 528, "piranha"), pixels);
        assertEquals(828, pixels.width());
        assertEquals(288, pixels.height());

        assertEquals(new PixelBox(0, 0, 1024, 768, ""), new BoundingBox(0, 0, 1000, 1000).toPixels(1024, 768));
        // 500 -> 512 and 384 exactly; 1 -> 1.024 and 0.768, which round to 1
        assertEquals(new PixelBox(1, 1, 512, 384, ""), new BoundingBox(1, 1, 500, 500).toPixels(1024, 768));
    }

    @Test
    void fromPixels_is_the_inverse_rounded() {
        // ymin 240 / 768 * 1000 = 312.5, xmin 97 / 1024 * 1000 = 94.7, ymax 528 / 768 * 1000 = 687.5, xmax 925 / 1024 * 1000 = 903.3
        assertEquals(new BoundingBox(313, 95, 688, 903, "piranha"), BoundingBox.fromPixels(97, 240, 925, 528, 1024, 768, "piranha"));
        assertEquals(new BoundingBox(0, 0, 1000, 1000, ""), BoundingBox.fromPixels(-3, -1, 2000, 800, 1024, 768, null));
    }

    @Test
    void pixels_to_box_and_back_land_within_one_pixel_everywhere_on_the_image() {
        int width = 1024;
        int height = 768;
        for (int x = 0; x <= width; x++) {
            int y = x * height / width;
            PixelBox back = BoundingBox.fromPixels(x, y, x, y, width, height, "").toPixels(width, height);
            assertTrue(Math.abs(back.left() - x) <= 1 && Math.abs(back.top() - y) <= 1,
                    "(" + x + ", " + y + ") came back as (" + back.left() + ", " + back.top() + ")");
        }
        PixelBox original = new PixelBox(97, 240, 925, 528, "piranha");
        PixelBox back = BoundingBox.fromPixels(97, 240, 925, 528, width, height, "piranha").toPixels(width, height);
        assertTrue(Math.abs(back.left() - original.left()) <= 1 && Math.abs(back.top() - original.top()) <= 1
                && Math.abs(back.right() - original.right()) <= 1 && Math.abs(back.bottom() - original.bottom()) <= 1, back::toString);
        assertEquals("piranha", back.label());
    }

    @Test
    void an_image_without_size_or_an_inside_out_pixel_box_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> PIRANHA.toPixels(0, 768));
        assertThrows(IllegalArgumentException.class, () -> BoundingBox.fromPixels(10, 10, 20, 20, 1024, -1, ""));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BoundingBox.fromPixels(925, 240, 97, 528, 1024, 768, ""));
        assertTrue(error.getMessage().contains("left <= right"), error.getMessage());
    }
}
