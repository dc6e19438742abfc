package dev.visionbook.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A positive duration as a person writes it: {@code 90s}, {@code 10m}, {@code 48h}, {@code 2d}, or ISO {@code PT48H}. */
final class LifetimeConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    @Override
    public Duration convert(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher match = SHORT.matcher(value);
        if (match.matches()) {
            long amount = Long.parseLong(match.group(1));
            duration = switch (match.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                duration = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + text + "' is not a duration: write for example 30s, 10m,"
                        + " 48h or 2d.");
            }
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("The file lifetime must be longer than zero, not '" + text + "'.");
        }
        return duration;
    }
}
