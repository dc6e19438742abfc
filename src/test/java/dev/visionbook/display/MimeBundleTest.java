package dev.visionbook.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MimeBundleTest {

    @Test
    void anImageBundleHasBase64PngThatDecodesToTheSameSize() throws Exception {
        ImageDisplay display = ImageDisplay.of(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "A test card");
        MimeBundle bundle = display.mimeBundle();

        byte[] png = Base64.getDecoder().decode(bundle.get("image/png").orElseThrow());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(64, decoded.getWidth());
        assertEquals(48, decoded.getHeight());
        assertArrayEquals(display.png(), png);
        assertEquals(Map.of("width", 64, "height", 48), bundle.metadata().get("image/png"));
        assertEquals("Image 64 × 48: A test card", bundle.get("text/plain").orElseThrow());
    }

    @Test
    void aCaptionShowsUnderTheImageInHtmlEscaped() {
        MimeBundle captioned = ImageDisplay.of(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "At 00:04 <circle>").mimeBundle();
        String html = captioned.get("text/html").orElseThrow();
        assertTrue(html.contains("<figcaption>At 00:04 &lt;circle&gt;</figcaption>"), html);
        assertTrue(html.contains("src=\"data:image/png;base64,"), html);
        assertTrue(ImageDisplay.of(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB)).mimeBundle().get("text/html").isEmpty());
    }

    @Test
    void keepsInsertionOrderAndLaterValuesReplaceEarlierOnes() {
        MimeBundle bundle = MimeBundle.text("plain").with("text/html", "<i>1</i>").with("text/markdown", "*1*")
                .with("text/html", "<b>2</b>");
        assertEquals(List.of("text/plain", "text/html", "text/markdown"), List.copyOf(bundle.data().keySet()));
        assertEquals("<b>2</b>", bundle.get("text/html").orElseThrow());
        assertTrue(bundle.get("image/png").isEmpty());
    }

    @Test
    void refusesABundleWithoutPlainTextAndCannotBeChangedAfterwards() {
        Map<String, Object> htmlOnly = new LinkedHashMap<>(Map.of("text/html", "<b>x</b>"));
        assertThrows(IllegalArgumentException.class, () -> new MimeBundle(htmlOnly, Map.of()));
        MimeBundle bundle = MimeBundle.text("x");
        assertThrows(UnsupportedOperationException.class, () -> bundle.data().put("text/html", "y"));
    }
}
