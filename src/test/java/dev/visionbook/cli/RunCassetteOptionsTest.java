package dev.visionbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code visionbook run --record/--replay/--replay-fallback}: wrong combinations are usage errors before anything runs. */
class RunCassetteOptionsTest {

    @TempDir
    Path folder;

    private String refusal(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run(args));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void recordAndReplayTogetherOrAFallbackAloneOrAMissingCassetteAreRefused() throws Exception {
        Path notebook = Files.writeString(folder.resolve("n.ipynb"), "{\"nbformat\": 4, \"nbformat_minor\": 5,"
                + " \"metadata\": {}, \"cells\": []}");
        Path cassette = Files.writeString(folder.resolve("c.jsonl"), "");
        assertTrue(refusal("run", "--record", "a.jsonl", "--replay", cassette.toString(), notebook.toString())
                .contains("--record and --replay cannot go together"));
        assertTrue(refusal("run", "--replay-fallback", "local", notebook.toString())
                .contains("--replay-fallback goes with --replay FILE"));
        assertTrue(refusal("run", "--replay", cassette.toString(), "--replay-fallback", "cloud", notebook.toString())
                .contains("--replay-fallback takes local"));
        assertTrue(refusal("run", "--replay", folder.resolve("none.jsonl").toString(), notebook.toString())
                .contains("No cassette at " + folder.resolve("none.jsonl").toAbsolutePath()));
    }
}
