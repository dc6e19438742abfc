package dev.visionbook.api;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the shared local server waits with nothing to do before it stops: {@code
 * VISIONBOOK_SERVER_IDLE}, as {@code 90s}, {@code 30m}, {@code 2h} or ISO-8601 ({@code PT30M});
 * 30 minutes by default.
 */
final class IdleTimeout {

    static final Duration DEFAULT = Duration.ofMinutes(30);
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private IdleTimeout() {
    }

    static Duration of(Map<String, String> environment) {
        String value = environment.get("VISIONBOOK_SERVER_IDLE");
        return value == null || value.isBlank() ? DEFAULT : parse(value);
    }

    /** @throws VisionbookException naming the variable and the forms it takes */
    static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = SHORT.matcher(value);
        Duration duration;
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            duration = switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else {
            try {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new VisionbookException("VISIONBOOK_SERVER_IDLE is \"" + text + "\": give a time such as 90s, 30m or 2h.");
            }
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new VisionbookException("VISIONBOOK_SERVER_IDLE is \"" + text + "\": give a time longer than zero, such as 30m.");
        }
        return duration;
    }

    static String format(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
