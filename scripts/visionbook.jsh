// Startup script of scripts/jshell: the helper API imported and connected.
import dev.visionbook.api.*;
import static dev.visionbook.api.Helpers.*;
import dev.visionbook.display.*;
import java.awt.image.BufferedImage;
import java.nio.file.*;
import java.time.Duration;

GenAI genai = GenAI.connect();

/** Prints a value as a notebook would show it: Markdown as text, images saved to ./visionbook-out/. */
void show(Object value) {
    ConsoleOutput.show(value);
}
