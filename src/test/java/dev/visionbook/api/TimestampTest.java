package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {

    @ParameterizedTest
    @CsvSource({
        "01:05, 65000, 01:05",
        "1:05, 65000, 01:05",
        "65, 65000, 01:05",
        "' 00:00 ', 0, 00:00",
        "59:59, 3599000, 59:59",
        "75:00, 4500000, 1:15:00",
        "1:02:03, 3723000, 1:02:03",
        "01:00:00, 3600000, 1:00:00",
        "3600, 3600000, 1:00:00",
        "01:05.5, 65500, 01:05.5",
        "12.25, 12250, 00:12.25"})
    void every_written_form_is_read_and_formatted_as_mm_ss_or_h_mm_ss(String text, long millis, String formatted) {
        Timestamp timestamp = Timestamp.parse(text);
        assertEquals(Duration.ofMillis(millis), timestamp.offset());
        assertEquals(formatted, timestamp.format());
        assertEquals(formatted, timestamp.toString());
        assertEquals(timestamp, Timestamp.parse(timestamp.format()));
    }

    @Test
    void seconds_are_whole_seconds_with_the_fraction_dropped() {
        assertEquals(65, Timestamp.parse("01:05.5").seconds());
        assertEquals(3723, Timestamp.parse("1:02:03").seconds());
    }

    @Test
    void format_pads_minutes_below_one_hour_and_not_hours_above() {
        assertEquals("00:07", Timestamp.ofSeconds(7).format());
        assertEquals("59:59", Timestamp.ofSeconds(3599).format());
        assertEquals("1:00:00", Timestamp.ofSeconds(3600).format());
        assertEquals("12:34:56", Timestamp.ofSeconds(12 * 3600 + 34 * 60 + 56).format());
    }

    @Test
    void seconds_of_sixty_or_more_say_which_form_to_use() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Timestamp.parse("1:75"));
        assertEquals("'1:75' is not a timestamp: use MM:SS such as 01:05, or H:MM:SS", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-0:05", "-5", "abc", "1:5", "1:05 pm", "01:60:00", "1:02:60", "1::05", "01:05:", ":05", "1.5.5"})
    void anything_else_is_not_a_timestamp(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Timestamp.parse(text));
        assertEquals("'" + text.strip() + "' is not a timestamp: use MM:SS such as 01:05, or H:MM:SS", error.getMessage());
    }

    @Test
    void null_and_negative_offsets_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Timestamp.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new Timestamp(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> new Timestamp(null));
    }

    @Test
    void findAll_gives_every_moment_in_a_sentence_in_order() {
        String answer = "The piranha enters at 00:12 and bites the bait at 01:05.";
        assertEquals(List.of(Timestamp.parse("00:12"), Timestamp.parse("01:05")), Timestamp.findAll(answer));
    }

    @Test
    void findAll_reads_hours_and_fractions_and_passes_over_longer_digit_runs_and_impossible_times() {
        String answer = "Scenes: 1:02:03.5 - 1:02:10, not 123:45, nor 12:345, nor 1:75, nor 1:2:3:4, then 59:59.";
        assertEquals(List.of(Timestamp.parse("1:02:03.5"), Timestamp.parse("1:02:10"), Timestamp.parse("59:59")),
                Timestamp.findAll(answer));
        assertEquals(List.of(), Timestamp.findAll("No moments here, just 42 fish."));
        assertEquals(List.of(), Timestamp.findAll(null));
    }

    @Test
    void timestamps_sort_by_offset() {
        List<Timestamp> sorted = Timestamp.findAll("at 1:00:00, 00:30 and 10:00").stream().sorted().toList();
        assertEquals(List.of(Timestamp.ofSeconds(30), Timestamp.ofSeconds(600), Timestamp.ofSeconds(3600)), sorted);
    }
}
