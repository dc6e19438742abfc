package dev.visionbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code visionbook serve --faults FILE} refuses a bad rules file before it serves anything. */
class ServeFaultsTest {

    @TempDir
    Path folder;

    @Test
    void aFaultsFileWithAMistakeIsAUsageErrorNamingTheRule() throws Exception {
        Path rules = Files.writeString(folder.resolve("faults.json"), "[{\"fault\": \"SLOW\", \"seconds\": 1}, {\"fault\": \"BUSY\"}]");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("serve", "--port", "0", "--data", folder.resolve("data").toString(), "--faults", rules.toString());
        } finally {
            System.setErr(err);
        }
        String message = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertTrue(message.contains("--faults: faults.json, rule 2: unknown fault \"BUSY\""), message);
        assertFalse(message.contains("\tat "), message);
        assertFalse(Files.exists(folder.resolve("data")), "nothing was started");
    }
}
