package dev.visionbook.display;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Draws labelled boxes onto a copy of an image, sized so they read the same at any resolution. */
final class BoxPainter {

    private BoxPainter() {
    }

    static int lineWidth(BufferedImage image) {
        return Math.max(2, Math.round(Math.min(image.getWidth(), image.getHeight()) / 200f));
    }

    static int fontSize(BufferedImage image) {
        return Math.max(11, Math.round(Math.min(image.getWidth(), image.getHeight()) / 36f));
    }

    static BufferedImage draw(BufferedImage source, List<LabeledBox> boxes) {
        BufferedImage canvas = copy(source);
        Graphics2D g = canvas.createGraphics();
        try {
            int lineWidth = lineWidth(canvas);
            for (int i = 0; i < boxes.size(); i++) {
                drawFrame(g, boxes.get(i), BoxPalette.color(i), lineWidth);
            }
            // Tags go on after every frame so no frame cuts through a label.
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize(canvas)));
            for (int i = 0; i < boxes.size(); i++) {
                drawTag(g, boxes.get(i), BoxPalette.color(i), canvas.getWidth(), canvas.getHeight());
            }
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** The frame lies inside the box, so its outer edge is exactly the box's edge. */
    private static void drawFrame(Graphics2D g, LabeledBox box, Color color, int lineWidth) {
        int horizontal = Math.min(lineWidth, box.height());
        int vertical = Math.min(lineWidth, box.width());
        g.setColor(color);
        g.fillRect(box.left(), box.top(), box.width(), horizontal);
        g.fillRect(box.left(), box.bottom() - horizontal, box.width(), horizontal);
        g.fillRect(box.left(), box.top(), vertical, box.height());
        g.fillRect(box.right() - vertical, box.top(), vertical, box.height());
    }

    /** A filled tag just above the box's top-left corner, moved inside the box when that would leave the image. */
    private static void drawTag(Graphics2D g, LabeledBox box, Color color, int imageWidth, int imageHeight) {
        FontMetrics metrics = g.getFontMetrics();
        int padding = Math.max(2, metrics.getHeight() / 6);
        int tagWidth = metrics.stringWidth(box.label()) + 2 * padding;
        int tagHeight = metrics.getAscent() + metrics.getDescent() + padding;
        int x = Math.max(0, Math.min(box.left(), imageWidth - tagWidth));
        int y = box.top() - tagHeight >= 0 ? box.top() - tagHeight : Math.max(0, box.top());
        y = Math.min(y, Math.max(0, imageHeight - tagHeight));
        g.setColor(color);
        g.fillRect(x, y, tagWidth, tagHeight);
        g.setColor(BoxPalette.textOn(color));
        g.drawString(box.label(), x + padding, y + padding / 2 + metrics.getAscent());
    }

    private static BufferedImage copy(BufferedImage source) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
