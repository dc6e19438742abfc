package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** %maven, %load, %%markdown, %env and %lsmagic (%gemini has GeminiMagicTest). */
class MagicsTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    @Test
    void lsmagicListsEveryMagic() {
        String listed = kernel.client().execute("%lsmagic").stdout();
        for (String magic : List.of("%maven", "%load", "%env", "%gemini", "%lsmagic", "%%markdown")) {
            assertTrue(listed.contains(magic), listed);
        }
    }

    @Test
    void markdownCellShowsAsMarkdown() {
        JupyterTestClient.Execution run = kernel.client().execute("%%markdown\n# Results\n\n*All* good.");
        assertEquals("# Results\n\n*All* good.", run.result().path("text/markdown").asText());
        assertTrue(run.result().path("text/html").asText().contains("<h1>Results</h1>"));
    }

    @Test
    void mavenAddsALibraryAndItsDependenciesToTheClassPath() throws Exception {
        TestRepository repository = new TestRepository(kernel.mavenRepository());
        repository.publish("com.example", "words", "words.Words",
                "package words; public class Words { public static String hello() { return \"hello\"; } }", List.of());
        repository.publish("com.example", "greeting", "greeting.Greeting",
                "package greeting; public class Greeting { public static String greet(String who) {"
                        + " return words.Words.hello() + \", \" + who; } }",
                List.of("com.example:words:1.0"), repository.jar("com.example", "words"));
        JupyterTestClient.Execution added = kernel.client().execute("%maven com.example:greeting:1.0");
        assertEquals("ok", added.status(), added.traceback());
        assertTrue(added.stdout().contains("greeting-1.0.jar") && added.stdout().contains("words-1.0.jar"), added.stdout());
        JupyterTestClient.Execution used = kernel.client().execute("greeting.Greeting.greet(\"notebook\")");
        assertEquals("hello, notebook", used.result().path("text/plain").asText(), used.traceback());
    }

    @Test
    void mavenSaysWhatIsWrongWithUnknownCoordinates() {
        JupyterTestClient.Execution run = kernel.client().execute("%maven com.example:missing:9.9");
        assertEquals("error", run.status());
        assertTrue(run.traceback().contains("Could not resolve com.example:missing:9.9"), run.traceback());
        assertTrue(kernel.client().execute("%maven not-coordinates").traceback().contains("group:artifact:version"));
    }

    @Test
    void loadRunsAFileOfCodeAndMagics() throws Exception {
        Path script = kernel.folder().resolve("setup.jsh");
        Files.writeString(script, "int loaded = 7;\n%lsmagic\nloaded * 2\n");
        JupyterTestClient.Execution run = kernel.client().execute("%load " + script);
        assertEquals("14", run.result().path("text/plain").asText(), run.traceback());
        assertTrue(run.stdout().contains("Line magics"));
        assertEquals("8", kernel.client().execute("loaded + 1").result().path("text/plain").asText());
    }

    @Test
    void envSetsAndShowsVariablesAndHidesSecrets() {
        String set = kernel.client().execute("%env VISIONBOOK_TEST_COLOUR=teal").stdout();
        assertTrue(set.startsWith("env: VISIONBOOK_TEST_COLOUR=teal"), set);
        assertEquals("teal\n", kernel.client().execute("%env VISIONBOOK_TEST_COLOUR").stdout());
        String secret = kernel.client().execute("%env MY_API_KEY=abc123").stdout();
        assertTrue(secret.contains("<hidden>") && !secret.contains("abc123"), secret);
    }

    @Test
    void magicsAndCodeRunInOrderInOneCell() {
        JupyterTestClient.Execution run = kernel.client().execute("int a = 1;\n%lsmagic\na + 1");
        assertEquals("2", run.result().path("text/plain").asText());
        assertTrue(run.stdout().contains("Cell magics"));
    }

    @Test
    void unknownMagicSaysWhichExist() {
        JupyterTestClient.Execution run = kernel.client().execute("%timeit 1 + 1");
        assertEquals("error", run.status());
        assertTrue(run.traceback().contains("There is no magic %timeit. Known: %env, %gemini, %load, %lsmagic, %maven"), run.traceback());
    }

    @Test
    void errorLinesCountFromTheCellEvenAfterAMagic() {
        String traceback = kernel.client().execute("%lsmagic\nint x = 1;\nx = \"text\";").traceback();
        assertTrue(traceback.contains("line 3, column 5"), traceback);
    }
}
