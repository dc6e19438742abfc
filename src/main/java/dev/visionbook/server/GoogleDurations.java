package dev.visionbook.server;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations in the JSON form of {@code google.protobuf.Duration}: {@code "12.5s"}. */
final class GoogleDurations {

    private static final Pattern FORM = Pattern.compile("(\\d+)(?:\\.(\\d{1,9}))?s");

    private GoogleDurations() {
    }

    static String format(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        return seconds.stripTrailingZeros().toPlainString() + "s";
    }

    static Duration parse(String text, String field) {
        Matcher match = FORM.matcher(text.strip());
        // protobuf's Duration reaches 10,000 years; longer (or longer than a long) is no duration
        if (!match.matches() || match.group(1).length() > 12) {
            throw ApiException.invalidArgument("Invalid value for " + field + ": '" + ProtoJson.abbreviate(text)
                    + "'. Give a duration in seconds such as \"5s\" or \"12.5s\".");
        }
        String fraction = match.group(2) == null ? "" : match.group(2);
        long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
        return Duration.ofSeconds(Long.parseLong(match.group(1)), nanos);
    }
}
