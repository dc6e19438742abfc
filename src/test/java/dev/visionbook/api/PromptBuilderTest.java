package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.types.Content;
import com.google.genai.types.Part;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How parts become the SDK's content: order, inline or uploaded. */
class PromptBuilderTest {

    @TempDir
    static Path home;
    static PromptBuilder builder;

    /** The shared server the tests started stops with them, not after its idle time. */
    @AfterAll
    static void stopTheSharedServer() {
        SharedServer.stop(Map.of("VISIONBOOK_HOME", home.toString()));
    }

    @BeforeAll
    static void connect() {
        GenAI genai = GenAI.connect(Map.of("VISIONBOOK_HOME", home.toString()), Duration.ofMinutes(2));
        builder = new PromptBuilder(new FileCalls(genai.client()));
    }

    static List<Part> parts(Content content) {
        return content.parts().orElseThrow();
    }

    @Test
    void textGoesAfterASingleImageAsTheTutorialAdvises() {
        Path image = Path.of("notebooks/media/photos/coffee.png");
        List<Part> parts = parts(builder.build(List.of("What is this?", image), false));
        assertTrue(parts.get(0).inlineData().isPresent());
        assertEquals("What is this?", parts.get(1).text().orElseThrow());

        List<Part> kept = parts(builder.build(List.of("What is this?", image), true));
        assertEquals("What is this?", kept.get(0).text().orElseThrow(), "the caller's order when asked");
    }

    @Test
    void severalImagesKeepTheirOrderWithTheText() {
        Path a = Path.of("notebooks/media/photos/coffee.png");
        Path b = Path.of("notebooks/media/photos/chelsea.png");
        List<Part> parts = parts(builder.build(List.of("First:", a, "Second:", b), false));
        assertEquals("First:", parts.get(0).text().orElseThrow());
        assertEquals("Second:", parts.get(2).text().orElseThrow());
    }

    @Test
    void imagesThatWouldPassTheInlineLimitAreUploadedInstead() {
        BufferedImage noise = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < 2000; y++) {
            for (int x = 0; x < 2000; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        List<Part> parts = parts(builder.build(List.of(noise, noise, "Compare."), false));
        assertTrue(parts.get(0).inlineData().isPresent(), "the first (about 12 MB) fits inline");
        assertTrue(parts.get(1).fileData().isPresent(), "the second would pass 20 MB: uploaded");
        assertTrue(parts.get(1).fileData().get().fileUri().orElseThrow().contains("/files/"));
    }
}
