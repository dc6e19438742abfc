package dev.visionbook.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment in a video, as models write them and as the tutorial asks for them: {@code MM:SS}
 * ({@code 01:05}), or {@code H:MM:SS} from one hour on.
 *
 * @param offset time from the start of the video, not negative
 */
public record Timestamp(Duration offset) implements Comparable<Timestamp> {

    private static final String FRACTION = "(?:\\.(\\d+))?";
    private static final Pattern SECONDS = Pattern.compile("(\\d+)" + FRACTION);
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d+):(\\d{2})" + FRACTION);
    private static final Pattern HOURS_MINUTES_SECONDS = Pattern.compile("(\\d+):(\\d{2}):(\\d{2})" + FRACTION);
    private static final Pattern IN_PROSE = Pattern.compile(
            "(?<![\\d:.])\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?![\\d:])");

    public Timestamp {
        Objects.requireNonNull(offset, "offset");
        if (offset.isNegative()) {
            throw new IllegalArgumentException("The offset " + offset + " is negative: a moment in a video is "
                    + "counted from its start, 00:00.");
        }
    }

    /**
     * Reads {@code "01:05"}, {@code "1:05"}, {@code "65"} (seconds), {@code "1:02:03"}
     * (H:MM:SS) or {@code "01:05.5"} (with a fraction of a second); surrounding spaces are
     * ignored.
     *
     * @throws IllegalArgumentException for anything else, such as {@code "1:75"} (seconds from 60
     *     on), a negative or empty text, or letters
     */
    public static Timestamp parse(String text) {
        String form = text == null ? "" : text.strip();
        Matcher match;
        long seconds;
        String fraction;
        if ((match = SECONDS.matcher(form)).matches()) {
            seconds = number(match.group(1), text);
            fraction = match.group(2);
        } else if ((match = MINUTES_SECONDS.matcher(form)).matches()) {
            long minutes = number(match.group(1), text);
            long secs = belowSixty(match.group(2), text);
            seconds = Math.addExact(Math.multiplyExact(minutes, 60), secs);
            fraction = match.group(3);
        } else if ((match = HOURS_MINUTES_SECONDS.matcher(form)).matches()) {
            long hours = number(match.group(1), text);
            long minutes = belowSixty(match.group(2), text);
            long secs = belowSixty(match.group(3), text);
            seconds = Math.addExact(Math.multiplyExact(hours, 3600), minutes * 60 + secs);
            fraction = match.group(4);
        } else {
            throw notATimestamp(text);
        }
        long nanos = fraction == null ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
        return new Timestamp(Duration.ofSeconds(seconds, nanos));
    }

    /** A moment this many whole seconds from the start. */
    public static Timestamp ofSeconds(long seconds) {
        return new Timestamp(Duration.ofSeconds(seconds));
    }

    /**
     * Every {@code MM:SS} or {@code H:MM:SS} moment written in the text, in order; numbers such
     * as {@code 123:45} or {@code 1:75} are not moments and are passed over.
     */
    public static List<Timestamp> findAll(String text) {
        List<Timestamp> moments = new ArrayList<>();
        if (text == null) {
            return moments;
        }
        Matcher match = IN_PROSE.matcher(text);
        while (match.find()) {
            try {
                moments.add(parse(match.group()));
            } catch (IllegalArgumentException notAMoment) {
                // such as 1:75: digits and colons, but not a time
            }
        }
        return List.copyOf(moments);
    }

    /** Whole seconds from the start, any fraction dropped. */
    public long seconds() {
        return offset.getSeconds();
    }

    /**
     * {@code "01:05"} below one hour, {@code "1:02:03"} from one hour on; a fraction of a second,
     * if any, follows ({@code "01:05.5"}).
     */
    public String format() {
        long total = offset.getSeconds();
        long hours = total / 3600;
        long minutes = total / 60 % 60;
        long secs = total % 60;
        String whole = hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, secs)
                : String.format("%02d:%02d", minutes, secs);
        int nanos = offset.getNano();
        if (nanos == 0) {
            return whole;
        }
        String fraction = String.format("%09d", nanos).replaceFirst("0+$", "");
        return whole + "." + fraction;
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public int compareTo(Timestamp other) {
        return offset.compareTo(other.offset);
    }

    private static long number(String digits, String text) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            throw notATimestamp(text);
        }
    }

    private static long belowSixty(String digits, String text) {
        long value = Long.parseLong(digits);
        if (value >= 60) {
            throw notATimestamp(text);
        }
        return value;
    }

    private static IllegalArgumentException notATimestamp(String text) {
        return new IllegalArgumentException("'" + (text == null ? "" : text.strip())
                + "' is not a timestamp: use MM:SS such as 01:05, or H:MM:SS");
    }
}
