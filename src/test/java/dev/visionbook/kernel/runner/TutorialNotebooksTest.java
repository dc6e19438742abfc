package dev.visionbook.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.api.GenAI;
import dev.visionbook.api.SharedServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both notebooks of {@code notebooks/}, run headless as a user runs them ({@code visionbook run}
 * in the notebooks' folder, a JVM of its own, the embedded local server, no key), checked cell by
 * cell. The executed copies stay in {@code target/executed-notebooks/} for a look afterwards.
 */
class TutorialNotebooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target/executed-notebooks").toAbsolutePath();
    private static final Pattern PIXEL_BOX = Pattern.compile(": \\((\\d+), (\\d+)\\)–\\((\\d+), (\\d+)\\)$", Pattern.MULTILINE);

    @TempDir
    static Path home;

    static String log;
    static JsonNode tutorial;
    static JsonNode beyond;

    @BeforeAll
    static void runBothNotebooks() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "dev.visionbook.cli.Main", "run", "--out", OUT.toString(),
                "vision-tutorial.ipynb", "beyond-the-tutorial.ipynb");
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File("notebooks")).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        List.of("GEMINI_API_KEY", "GOOGLE_API_KEY", "VISIONBOOK_BASE_URL", "VISIONBOOK_API_KEY").forEach(environment::remove);
        environment.put("VISIONBOOK_HOME", home.toString());
        Path logFile = home.resolve("run.log");
        Process run = builder.redirectOutput(logFile.toFile()).start();
        boolean ended = run.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertTrue(ended, "the notebooks ran within 5 minutes:\n" + log);
        assertEquals(0, run.exitValue(), log);
        tutorial = JSON.readTree(OUT.resolve("vision-tutorial.ipynb").toFile());
        beyond = JSON.readTree(OUT.resolve("beyond-the-tutorial.ipynb").toFile());
    }

    /** The notebooks' shared server outlives their run (as it would for the next one); it stops with the test. */
    @AfterAll
    static void stopTheSharedServer() {
        SharedServer.stop(Map.of("VISIONBOOK_HOME", home.toString()));
    }

    @Test
    void everyCodeCellRanWithoutAnError() {
        for (JsonNode notebook : List.of(tutorial, beyond)) {
            for (JsonNode cell : codeCells(notebook)) {
                assertTrue(cell.get("execution_count").isInt(), "ran: " + source(cell));
                for (JsonNode output : cell.get("outputs")) {
                    assertFalse("error".equals(output.path("output_type").asText()), source(cell) + "\n" + output);
                    assertFalse(NotebookText.join(output.get("text")).contains("INFO dev.visionbook"),
                            "logs stay out of cells: " + output);
                }
            }
        }
    }

    @Test
    void theUploadPrintsItsUriAndTheMetadataSaysActive() {
        assertTrue(Pattern.compile("Uploaded file 'Rocket drawing' as: http://127\\.0\\.0\\.1:\\d+/v1(beta)?/files/[a-z0-9]+\n")
                .matcher(stdout(cell(tutorial, "genai.uploadFile(rocket"))).find(), log);
        String metadata = text(cell(tutorial, "genai.getFile("), "text/markdown");
        assertTrue(metadata.contains("| state | ACTIVE |") && metadata.contains("image/png"), metadata);
    }

    @Test
    void theBoxImageIsDrawnWithEveryBoxInsideIt() throws IOException {
        assertBoxesInsideImage(cell(tutorial, "boxes(piranhaImage, boxAnswer)"), 1);
        assertBoxesInsideImage(cell(beyond, "boxes(scene, detected)"), 2);
        assertBoxesInsideImage(cell(beyond, "boxes(astronaut, named)"), 2);
        assertTrue(text(cell(beyond, "boxes(astronaut, named)"), "text/plain").contains("person: "));
    }

    @Test
    void theVideoBecomesActiveAndIsSummarisedWithAQuizAndItsFrames() throws IOException {
        assertTrue(stdout(cell(tutorial, "videoFile.isProcessing()")).contains("Video state: ACTIVE"));
        String summary = text(cell(tutorial, "Summarize this video."), "text/markdown");
        assertTrue(summary.contains("Quiz") && summary.contains("00:23"), summary);
        List<BufferedImage> frames = images(cell(tutorial, "frameAt(video, \"00:08\")"));
        assertEquals(2, frames.size());
        assertEquals(640, frames.get(0).getWidth());
        assertTrue(text(cell(beyond, "clip.state()"), "text/plain").contains("ACTIVE"));
    }

    @Test
    void filesAreListedThenDeletedAndNoneAreLeft() {
        String listed = stdout(cell(tutorial, "for (UploadedFile f : genai.listFiles())"));
        assertTrue(listed.contains("Rocket drawing, URI: http://") && listed.contains("Slideshow video, URI: http://"), listed);
        String deleted = stdout(cell(tutorial, "genai.deleteFile(f)"));
        assertTrue(deleted.contains("Deleted Rocket drawing") && deleted.contains("Deleted Slideshow video"), deleted);
        GenAI sameStore = GenAI.connect(Map.of("VISIONBOOK_HOME", home.toString()), Duration.ofSeconds(30));
        assertTrue(sameStore.listFiles().isEmpty(), "both notebooks deleted what they uploaded");
    }

    @Test
    void eachNotebookHasASelfContainedPage() throws IOException {
        for (String name : List.of("vision-tutorial", "beyond-the-tutorial")) {
            String page = Files.readString(OUT.resolve(name + ".html"));
            assertTrue(page.contains("<img") && page.contains("src=\"data:image/png;base64,"), name);
            assertFalse(Pattern.compile("(src|href)=\"https?://").matcher(page).find(), name + " loads nothing from the network");
        }
    }

    @Test
    void nbformatValidatesTheExecutedNotebooks() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c", "import nbformat").start().waitFor() == 0,
                "Debian's python3-nbformat is not installed here (CI installs it)");
        for (String name : List.of("vision-tutorial", "beyond-the-tutorial")) {
            Process check = new ProcessBuilder(python.toString(), "-c",
                    "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')",
                    OUT.resolve(name + ".ipynb").toString()).redirectErrorStream(true).start();
            String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, check.waitFor(), said);
        }
    }

    private static void assertBoxesInsideImage(JsonNode cell, int atLeast) throws IOException {
        List<BufferedImage> drawn = images(cell);
        assertEquals(1, drawn.size(), source(cell));
        int width = drawn.get(0).getWidth();
        int height = drawn.get(0).getHeight();
        Matcher box = PIXEL_BOX.matcher(text(cell, "text/plain"));
        int boxes = 0;
        while (box.find()) {
            boxes++;
            int left = Integer.parseInt(box.group(1));
            int top = Integer.parseInt(box.group(2));
            int right = Integer.parseInt(box.group(3));
            int bottom = Integer.parseInt(box.group(4));
            assertTrue(0 <= left && left < right && right <= width && 0 <= top && top < bottom && bottom <= height, box.group());
        }
        assertTrue(boxes >= atLeast, boxes + " boxes in " + text(cell, "text/plain"));
    }

    private static List<JsonNode> codeCells(JsonNode notebook) {
        return StreamSupport.stream(notebook.get("cells").spliterator(), false)
                .filter(cell -> "code".equals(cell.path("cell_type").asText())).toList();
    }

    private static JsonNode cell(JsonNode notebook, String sourcePart) {
        return codeCells(notebook).stream().filter(cell -> source(cell).contains(sourcePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no code cell contains " + sourcePart));
    }

    private static String source(JsonNode cell) {
        return NotebookText.join(cell.get("source"));
    }

    private static String stdout(JsonNode cell) {
        StringBuilder text = new StringBuilder();
        cell.get("outputs").forEach(output -> {
            if ("stdout".equals(output.path("name").asText())) {
                text.append(NotebookText.join(output.get("text")));
            }
        });
        return text.toString();
    }

    /** The {@code mime} text of the cell's displays and result, joined. */
    private static String text(JsonNode cell, String mime) {
        StringBuilder text = new StringBuilder();
        cell.get("outputs").forEach(output -> text.append(NotebookText.join(output.path("data").get(mime))));
        return text.toString();
    }

    private static List<BufferedImage> images(JsonNode cell) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (JsonNode output : cell.get("outputs")) {
            JsonNode png = output.path("data").get("image/png");
            if (png != null) {
                images.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(NotebookText.join(png).strip()))));
            }
        }
        return images;
    }
}
