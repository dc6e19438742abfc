package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Completion, shift-tab inspection and is_complete. */
class AssistTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    private JsonNode complete(String code, int cursor) {
        return kernel.client().request("complete_request", JupyterTestClient.json(Map.of("code", code, "cursor_pos", cursor))).content();
    }

    private JsonNode inspect(String code, int cursor) {
        return kernel.client().request("inspect_request",
                JupyterTestClient.json(Map.of("code", code, "cursor_pos", cursor, "detail_level", 0))).content();
    }

    private JsonNode isComplete(String code) {
        return kernel.client().request("is_complete_request", JupyterTestClient.json(Map.of("code", code))).content();
    }

    private static List<String> matches(JsonNode reply) {
        List<String> matches = new ArrayList<>();
        reply.path("matches").forEach(match -> matches.add(match.asText()));
        return matches;
    }

    @Test
    void completesMethodsOfThePreloadedGenai() {
        JsonNode reply = complete("genai.uplo", 10);
        assertEquals("ok", reply.path("status").asText());
        assertEquals(List.of("uploadFile("), matches(reply));
        assertEquals(6, reply.path("cursor_start").asInt());
        assertEquals(10, reply.path("cursor_end").asInt());
    }

    @Test
    void completionListsTheTypesOwnMembersAndHidesObjectsUnlessAsked() {
        List<String> members = matches(complete("genai.", 6));
        assertTrue(members.containsAll(List.of("uploadFile(", "listFiles()", "model(", "toString()")), members.toString());
        for (String objects : List.of("wait(", "notify()", "notifyAll()", "getClass()", "hashCode()", "equals(")) {
            assertFalse(members.contains(objects), objects + " in " + members);
        }
        assertEquals(List.of("waitUntilActive(", "wait("), matches(complete("genai.wa", 8)), "a typed prefix asks for them, after its own");
        List<String> hashes = matches(complete("genai.hash", 10));
        assertEquals(List.of("hashCode()"), hashes);
    }

    @Test
    void objectsMethodsComeAfterTheTypesOwnWhenTheyMatch() {
        kernel.client().execute("record Point(int x, int y) { int norm() { return x + y; } boolean nearly(Point p) { return true; } }");
        kernel.client().execute("Point p = new Point(1, 2);");
        List<String> members = matches(complete("p.n", 3));
        assertEquals(List.of("nearly(", "norm()", "notify()", "notifyAll()"), members);
    }

    @Test
    void completesInTheStatementUnderTheCursor() {
        kernel.client().execute("String text = \"x\";");
        String code = "int count = 3;\nint other = 4;\ntext.toUpp";
        JsonNode reply = complete(code, code.length());
        assertTrue(matches(reply).contains("toUpperCase("), matches(reply).toString());
        assertEquals(code.length() - 5, reply.path("cursor_start").asInt());
    }

    @Test
    void cursorPositionsCountCodePointsNotChars() {
        kernel.client().execute("String face = \"smile\";");
        String code = "String emoji = \"\uD83D\uDE00\";\nface.isEm";
        int codePoints = code.codePointCount(0, code.length());
        JsonNode reply = complete(code, codePoints);
        assertEquals(List.of("isEmpty()"), matches(reply));
        assertEquals(codePoints - 4, reply.path("cursor_start").asInt());
    }

    @Test
    void completesMagicNames() {
        JsonNode reply = complete("%mav", 4);
        assertEquals(List.of("maven"), matches(reply));
        assertEquals(1, reply.path("cursor_start").asInt());
    }

    @Test
    void inspectionShowsTheHelperApisJavadoc() {
        JsonNode reply = inspect("genai.uploadFile", 12);
        assertTrue(reply.path("found").asBoolean(), reply.toString());
        String text = reply.path("data").path("text/plain").asText();
        assertTrue(text.contains("UploadedFile GenAI.uploadFile(Path path, String displayName)"), text);
        assertTrue(text.contains("Uploads a local image, video or audio file"), text);
    }

    @Test
    void inspectionInsideTheParenthesesOfAStaticHelper() {
        String code = "Markdown.of(\"x\")";
        String text = inspect(code, 12).path("data").path("text/plain").asText();
        assertTrue(text.contains("Markdown Markdown.of(String markdown)") && text.contains("Wraps Markdown source"), text);
    }

    @Test
    void inspectionOfAVariableShowsItsTypesDoc() {
        String text = inspect("genai", 3).path("data").path("text/plain").asText();
        assertTrue(text.contains("dev.visionbook.api.GenAI") && text.contains("entry point of the helper API"), text);
    }

    @Test
    void inspectionFindsNothingInBlankSpace() {
        assertEquals(false, inspect("   ", 1).path("found").asBoolean());
    }

    @Test
    void isCompleteTellsAConsoleWhenToKeepReading() {
        JsonNode open = isComplete("for (int i = 0; i < 3; i++) {");
        assertEquals("incomplete", open.path("status").asText());
        assertEquals("    ", open.path("indent").asText());
        assertEquals("incomplete", isComplete("var total = 1 +").path("status").asText());
        assertEquals("complete", isComplete("int x = 1;").path("status").asText());
        assertEquals("complete", isComplete("%lsmagic").path("status").asText());
        assertEquals("complete", isComplete("%%markdown\n# Title").path("status").asText());
        assertEquals("invalid", isComplete("int x = 1; }").path("status").asText());
    }
}
