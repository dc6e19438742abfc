package dev.visionbook.engine;

import dev.visionbook.media.ImageDecoder;
import dev.visionbook.media.MediaException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;

/** The sample media in notebooks/media (provenance in its README), as the engine's tests use them. */
public final class Samples {

    /** Maven runs tests with the project folder as the working directory. */
    public static final Path ROOT = Path.of("notebooks", "media");

    private Samples() {
    }

    public static Path of(String relative) {
        return ROOT.resolve(relative);
    }

    public static BufferedImage image(String relative) {
        try {
            return ImageDecoder.read(of(relative));
        } catch (MediaException e) {
            throw new AssertionError(relative + " does not decode: " + e.getMessage(), e);
        }
    }

    public static PromptPart.Media part(String relative, String mimeType) {
        Path file = of(relative);
        try {
            Duration duration = mimeType.startsWith("video/") ? Duration.ofMillis(Math.round(1000
                    * (relative.contains("slideshow") ? 27.0 : 12.0))) : null;
            return new PromptPart.Media("file " + file.getFileName(), mimeType, java.nio.file.Files.size(file), file,
                    duration, PromptPart.Clip.whole());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The image after a 9 × 9 box blur. */
    public static BufferedImage blurred(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        float[] kernel = new float[81];
        java.util.Arrays.fill(kernel, 1f / 81);
        return new java.awt.image.ConvolveOp(new java.awt.image.Kernel(9, 9, kernel),
                java.awt.image.ConvolveOp.EDGE_NO_OP, null).filter(rgb, null);
    }

    /** Word error rate: word edits (substitutions, insertions, deletions) over the reference's words. */
    public static double wordErrorRate(String reference, String hypothesis) {
        String[] ref = words(reference);
        String[] hyp = words(hypothesis);
        int[][] d = new int[ref.length + 1][hyp.length + 1];
        for (int i = 0; i <= ref.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= hyp.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= ref.length; i++) {
            for (int j = 1; j <= hyp.length; j++) {
                int substitution = d[i - 1][j - 1] + (ref[i - 1].equals(hyp[j - 1]) ? 0 : 1);
                d[i][j] = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return ref.length == 0 ? 0 : d[ref.length][hyp.length] / (double) ref.length;
    }

    /** The words {@link #wordErrorRate} compares: lower case, without punctuation. */
    public static int wordCount(String text) {
        return words(text).length;
    }

    private static String[] words(String text) {
        String clean = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").strip();
        return clean.isEmpty() ? new String[0] : clean.split("\\s+");
    }
}
