package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocTextTest {

    @Test
    void inlineTagsBecomeTheirText() {
        String text = JavadocText.plain("""
                 * Uploads with {@code uploadFile(path)}; see {@link GenAI#model(String) models} and {@link Response#text()}.
                 *
                 * <p>Second paragraph &amp; more.
                 *
                 * @param path the file
                 * @param displayName shown in lists
                 * @return the uploaded file
                 * @throws VisionbookException when the file is too big
                """);
        assertTrue(text.startsWith("Uploads with uploadFile(path); see models and Response.text()."), text);
        assertTrue(text.contains("\n\nSecond paragraph & more."), text);
        assertTrue(text.contains("Parameters:\n  path: the file\n  displayName: shown in lists"), text);
        assertTrue(text.contains("Returns: the uploaded file"), text);
        assertTrue(text.contains("Throws: VisionbookException when the file is too big"), text);
    }

    @Test
    void codeExamplesKeepTheirLines() {
        String text = JavadocText.plain("""
                 * Example:
                 * <pre>{@code
                 * GenAI genai = GenAI.connect();
                 * genai.listFiles();
                 * }</pre>
                """);
        assertTrue(text.contains("GenAI genai = GenAI.connect();\ngenai.listFiles();"), text);
    }

    @Test
    void signaturesOfJshellBecomeLookupKeys() {
        assertEquals(List.of("method:GenAI.uploadFile(Path,String)", "method:GenAI.uploadFile/2"),
                Signature.parse("UploadedFile GenAI.uploadFile(Path path, String displayName)").keys());
        assertEquals(List.of("method:GenerativeModel.generateContent(Object[])", "method:GenerativeModel.generateContent/1"),
                Signature.parse("Response GenerativeModel.generateContent(Object... parts)").keys());
        assertEquals(List.of("method:GenAI.connect(Map,Duration)", "method:GenAI.connect/2"),
                Signature.parse("GenAI GenAI.connect(java.util.Map<String,String> environment, java.time.Duration timeout)").keys());
        assertEquals(List.of("field:BoundingBox.SCALE"), Signature.parse("dev.visionbook.api.BoundingBox.SCALE:int").keys());
        assertEquals(List.of("type:GenAI"), Signature.parse("genai:dev.visionbook.api.GenAI").keys());
        assertEquals(List.of("type:Backend", "type:Kind").get(1), Signature.parse("dev.visionbook.api.Backend.Kind").keys().get(0));
    }
}
