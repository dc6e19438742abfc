package dev.visionbook.engine.analysis;

import java.util.List;

/**
 * Everything measured about one image.
 *
 * @param width displayed width in pixels (EXIF orientation applied)
 * @param height displayed height in pixels
 * @param plainBackground whether the background is one plain colour (then objects are outlined)
 * @param background the background colour's name, or empty when it is not plain
 * @param detections objects, parts, faces and text, largest objects first
 * @param text lines of text read, top to bottom
 * @param colours main colours, largest share first
 * @param sharpness mean strength of the strongest edges (0–255 scale; blurry images score low)
 * @param blurry whether the image is judged blurry
 * @param notes honest remarks, for example that OCR is not installed
 */
public record ImageAnalysis(int width, int height, boolean plainBackground, String background,
        List<Detection> detections, List<TextLine> text, List<ColourShare> colours, double sharpness,
        boolean blurry, List<String> notes) {

    public List<Detection> ofKind(String kind) {
        return detections.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    public String orientation() {
        double ratio = (double) width / height;
        return ratio > 1.1 ? "landscape" : ratio < 0.9 ? "portrait" : "square";
    }
}
