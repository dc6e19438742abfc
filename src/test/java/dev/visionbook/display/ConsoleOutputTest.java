package dev.visionbook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleOutputTest {

    @TempDir
    Path dir;
    Path previous;

    @BeforeEach
    void useTemporaryFolder() {
        previous = ConsoleOutput.outputFolder();
        ConsoleOutput.outputFolder(dir.resolve("out"));
    }

    @AfterEach
    void restoreFolder() {
        ConsoleOutput.outputFolder(previous);
    }

    static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savesImagesAsNumberedPngFilesAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("out");
        String first = ConsoleOutput.show(ImageDisplay.of(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB)));
        String second = ConsoleOutput.show(BoxedImage.of(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB),
                List.of(new LabeledBox("x", 1, 1, 10, 10))));
        String third = ConsoleOutput.show(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB));

        assertEquals("Image saved to " + out.resolve("image-1.png"), first);
        assertEquals("Image saved to " + out.resolve("boxed-image-1.png"), second);
        assertEquals("Image saved to " + out.resolve("image-2.png"), third);
        assertEquals(List.of("boxed-image-1.png", "image-1.png", "image-2.png"), fileNames(out));
        BufferedImage read = ImageIO.read(out.resolve("image-1.png").toFile());
        assertEquals(32, read.getWidth());
        assertEquals(24, read.getHeight());
    }

    @Test
    void printsTextForEverythingElse() {
        assertEquals("# Answer", ConsoleOutput.show(Markdown.of("# Answer")));
        TableDisplay table = TableDisplay.of(List.of("n"), List.of(List.of(1)));
        assertEquals(table.table().printAll(), ConsoleOutput.show(table));
        assertEquals("42", ConsoleOutput.show(42));
        assertEquals("null", ConsoleOutput.show(null));
    }
}
