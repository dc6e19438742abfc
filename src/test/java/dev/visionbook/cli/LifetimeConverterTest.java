package dev.visionbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** serve --file-lifetime: the durations a person writes, and a clear refusal of the rest. */
class LifetimeConverterTest {

    final LifetimeConverter converter = new LifetimeConverter();

    @Test
    void shortAndIsoFormsAreRead() {
        assertEquals(Duration.ofSeconds(30), converter.convert("30s"));
        assertEquals(Duration.ofMinutes(10), converter.convert("10m"));
        assertEquals(Duration.ofHours(48), converter.convert("48h"));
        assertEquals(Duration.ofDays(2), converter.convert("2d"));
        assertEquals(Duration.ofMillis(1500), converter.convert("1500ms"));
        assertEquals(Duration.ofHours(1), converter.convert("PT1H"));
    }

    @Test
    void zeroNegativeAndNonsenseAreRefused() {
        for (String text : new String[] {"0s", "-5s", "soon", "PT0S", "5 parsecs"}) {
            assertThrows(TypeConversionException.class, () -> converter.convert(text), text);
        }
    }

    @Test
    void serveTakesTheOptionWithTheServiceDefault() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertEquals(Duration.ofHours(48), serve.fileLifetime);
        new CommandLine(serve).parseArgs("--file-lifetime", "5s", "--allow-host", "box.lan");
        assertEquals(Duration.ofSeconds(5), serve.fileLifetime);
        assertTrue(serve.allowedHosts.contains("box.lan"));
    }
}
