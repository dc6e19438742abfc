package dev.visionbook.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cassette file: lines as written and read back, notebooks kept apart, keys blanked, bad lines named. */
class CassetteTest {

    @TempDir
    Path folder;

    private static Exchange.Call call(int n, String notebook, String text) throws Exception {
        JsonNode body = Cassette.JSON.readTree("{\"contents\":[{\"parts\":[{\"text\":\"" + text + "\"}]}]}");
        return new Exchange.Call(n, notebook, new Exchange.Request("POST", "/v1/models/m:countTokens", null, body),
                new Exchange.Response(200, Map.of("Content-Type", List.of("application/json")),
                        Cassette.JSON.readTree("{\"totalTokens\": 3}"), null));
    }

    @Test
    void aRecordingForOneNotebookReplacesItsLinesAndKeepsTheOthers() throws Exception {
        Path file = folder.resolve("c.jsonl");
        Cassette first = Cassette.recordingTo(file, "a.ipynb");
        first.add(call(1, "a.ipynb", "old a"), Set.of());
        Cassette second = Cassette.recordingTo(file, "b.ipynb");
        second.add(call(1, "b.ipynb", "b"), Set.of());
        Cassette again = Cassette.recordingTo(file, "a.ipynb");
        again.add(call(1, "a.ipynb", "new a"), Set.of());
        List<Exchange> read = Cassette.read(file);
        assertEquals(List.of(call(1, "b.ipynb", "b"), call(1, "a.ipynb", "new a")), read);
        Cassette.recordingTo(file, null);
        assertTrue(Cassette.read(file).isEmpty(), "a recording for no notebook starts the file afresh");
    }

    @Test
    void everyKeySeenIsBlankedWhereverItAppears() throws Exception {
        Path file = folder.resolve("c.jsonl");
        Cassette.recordingTo(file, null).add(call(1, null, "my key is AIzaSECRET123"), Set.of("AIzaSECRET123"));
        String text = Files.readString(file);
        assertFalse(text.contains("AIzaSECRET123"));
        assertTrue(text.contains("my key is <key>"), text);
        assertTrue(text.startsWith("{\"kind\":\"call\",\"n\":1,\"request\":"), text);
    }

    @Test
    void aLineThatIsNotAnExchangeIsRefusedWithItsNumber() throws Exception {
        Path file = folder.resolve("c.jsonl");
        Cassette.recordingTo(file, null).add(call(1, null, "fine"), Set.of());
        Files.writeString(file, Files.readString(file) + "\n{\"kind\":\"telegram\"}\n");
        String message = assertThrows(IllegalArgumentException.class, () -> Cassette.read(file)).getMessage();
        assertTrue(message.startsWith("c.jsonl, line 3 is not a recorded exchange"), message);
        String none = assertThrows(IllegalArgumentException.class, () -> Cassette.read(folder.resolve("no.jsonl"))).getMessage();
        assertTrue(none.contains("record one first with VISIONBOOK_RECORD="), none);
    }

    @Test
    void aPromptMeansTheSameWhateverItsFilesAreCalled() throws Exception {
        JsonNode one = Cassette.JSON.readTree("{\"contents\":[{\"parts\":[{\"fileData\":{\"fileUri\":"
                + "\"http://127.0.0.1:1/v1/files/aaa\",\"mimeType\":\"image/png\"}},{\"text\":\"Describe it.\"}]}]}");
        JsonNode two = Cassette.JSON.readTree("{\"contents\":[{\"parts\":[{\"fileData\":{\"fileUri\":"
                + "\"https://generativelanguage.googleapis.com/v1beta/files/bbb\",\"mimeType\":\"image/png\"}},"
                + "{\"text\":\"Describe it.\"}]}]}");
        JsonNode first = PromptMeaning.recorded(one, Map.of("aaa", "f00d"));
        assertEquals("files/aaa", first.at("/contents/0/parts/0/fileData/file").asText());
        assertEquals(PromptMeaning.meaning(first), PromptMeaning.meaning(PromptMeaning.recorded(two, Map.of("bbb", "f00d"))));
        assertFalse(PromptMeaning.meaning(first).equals(PromptMeaning.meaning(PromptMeaning.recorded(two,
                Map.of("bbb", "beef")))), "other bytes, another meaning");
        JsonNode inline = PromptMeaning.recorded(Cassette.JSON.readTree("{\"contents\":[{\"parts\":[{\"inlineData\":"
                + "{\"data\":\"aGVsbG8=\",\"mimeType\":\"image/png\"}}]}]}"), Map.of());
        assertEquals("{\"mimeType\":\"image/png\",\"sha256\":\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\","
                + "\"sizeBytes\":5}", inline.at("/contents/0/parts/0/inlineData").toString());
    }
}
