package dev.visionbook.display;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Shows values where there is no notebook, in jshell or a program: images are saved as PNG files in
 * an output folder ({@code visionbook-out} unless changed), everything else is printed as text.
 *
 * <pre>{@code
 * ConsoleOutput.show(BoxedImage.of(photo, boxes));  // prints "Image saved to visionbook-out/boxed-image-1.png"
 * ConsoleOutput.show(Markdown.of("# Answer"));     // prints "# Answer"
 * }</pre>
 *
 * <p>Threading: {@link #show} is synchronized, so concurrent calls in one JVM never pick the same
 * file name; separate processes sharing a folder may.
 */
public final class ConsoleOutput {

    private static volatile Path outputFolder = Path.of("visionbook-out");

    private ConsoleOutput() {
    }

    /** Sets the folder images are saved in; created on first use. */
    public static void outputFolder(Path folder) {
        outputFolder = Objects.requireNonNull(folder, "folder");
    }

    public static Path outputFolder() {
        return outputFolder;
    }

    /**
     * Prints {@code value} to {@code System.out} and returns what was printed: for a displayable with
     * an image, the saved file's path; for other displayables, their plain text; for anything else,
     * {@code String.valueOf(value)}. A {@link BufferedImage} is saved like an {@link ImageDisplay}.
     */
    public static synchronized String show(Object value) {
        String text = describe(value instanceof BufferedImage image ? ImageDisplay.of(image) : value);
        System.out.println(text);
        return text;
    }

    private static String describe(Object value) {
        if (!(value instanceof Displayable displayable)) {
            return String.valueOf(value);
        }
        MimeBundle bundle = displayable.mimeBundle();
        Optional<String> png = bundle.get(MimeBundle.IMAGE_PNG);
        if (png.isEmpty()) {
            return bundle.get(MimeBundle.TEXT_PLAIN).orElse("");
        }
        try {
            Path file = PngFiles.writeNumbered(outputFolder, fileName(value), Base64.getDecoder().decode(png.get()));
            return "Image saved to " + file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the image in " + outputFolder.toAbsolutePath(), e);
        }
    }

    /** {@code ImageDisplay} becomes {@code image}, {@code BoxedImage} {@code boxed-image}. */
    static String fileName(Object value) {
        String simpleName = value.getClass().getSimpleName().replaceFirst("Display$", "");
        String kebab = simpleName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "");
        return kebab.isEmpty() ? "output" : kebab;
    }
}
