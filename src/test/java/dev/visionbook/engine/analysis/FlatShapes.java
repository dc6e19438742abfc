package dev.visionbook.engine.analysis;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded drawings of flat shapes (circles, squares, triangles, stars, rings) in random colours,
 * sizes and positions on a plain background, drawn with Java2D and anti-aliased, with each shape's
 * true box. The same seed always gives the same drawing.
 */
final class FlatShapes {

    enum Kind { CIRCLE, SQUARE, TRIANGLE, STAR, RING }

    /** A shape drawn; its box in pixels is the square it is drawn in, and once drawn, its outline's bounds. */
    record Drawn(Kind kind, Color colour, PixelBox box) {
    }

    /** An image and what is on it. */
    record Drawing(BufferedImage image, Color background, List<Drawn> shapes) {
    }

    private FlatShapes() {
    }

    /**
     * One to {@code maxShapes} shapes that neither touch nor overlap, on a canvas 320–1600 pixels a
     * side; each shape's side is 10–35 % of the canvas's shorter side.
     */
    static Drawing random(long seed, int maxShapes) {
        Random random = new Random(seed);
        int width = 320 + random.nextInt(1281);
        int height = 320 + random.nextInt(1281);
        Color background = background(random);
        int count = 1 + random.nextInt(maxShapes);
        int shorter = Math.min(width, height);
        List<Drawn> shapes = new ArrayList<>();
        for (int attempt = 0; shapes.size() < count && attempt < 500; attempt++) {
            int side = (int) Math.round(shorter * (0.10 + 0.25 * random.nextDouble()));
            int left = random.nextInt(width - side);
            int top = random.nextInt(height - side);
            PixelBox box = new PixelBox(left, top, left + side, top + side);
            int clearance = Math.max(4, side / 20);
            if (shapes.stream().noneMatch(s -> Pieces.gap(s.box(), box) < clearance)) {
                shapes.add(new Drawn(Kind.values()[random.nextInt(Kind.values().length)], colour(random, background),
                        box));
            }
        }
        return draw(width, height, background, shapes);
    }

    /** Exactly {@code count} shapes on a grid, as "how many are there?" pictures are drawn. */
    static Drawing grid(long seed, int count) {
        Random random = new Random(seed);
        int columns = (int) Math.ceil(Math.sqrt(count));
        int rows = (count + columns - 1) / columns;
        int cell = 120 + random.nextInt(200);
        Color background = background(random);
        List<Drawn> shapes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int side = (int) Math.round(cell * (0.5 + 0.3 * random.nextDouble()));
            int left = (k % columns) * cell + (cell - side) / 2;
            int top = (k / columns) * cell + (cell - side) / 2;
            shapes.add(new Drawn(Kind.values()[k % Kind.values().length], colour(random, background),
                    new PixelBox(left, top, left + side, top + side)));
        }
        return draw(columns * cell, rows * cell, background, shapes);
    }

    /** Two shapes side by side, {@code gap} pixels apart, centred on a square canvas. */
    static Drawing pair(int canvas, Drawn first, Kind second, Color secondColour, int secondSide, int gap,
            Color background) {
        PixelBox a = first.box();
        int top = a.top() + (a.height() - secondSide) / 2;
        PixelBox b = new PixelBox(a.right() + gap, top, a.right() + gap + secondSide, top + secondSide);
        return draw(canvas, canvas, background, List.of(first, new Drawn(second, secondColour, b)));
    }

    static Drawing draw(int width, int height, Color background, List<Drawn> shapes) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        List<Drawn> drawn = new ArrayList<>();
        for (Drawn shape : shapes) {
            g.setColor(shape.colour());
            Shape outline = outline(shape.kind(), shape.box());
            g.fill(outline);
            Rectangle bounds = outline.getBounds();
            drawn.add(new Drawn(shape.kind(), shape.colour(), new PixelBox(bounds.x, bounds.y,
                    bounds.x + bounds.width, bounds.y + bounds.height)));
        }
        g.dispose();
        return new Drawing(image, background, List.copyOf(drawn));
    }

    /** A plain background: white, black, a grey or a pale tint. */
    static Color background(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Color.WHITE;
            case 1 -> Color.BLACK;
            case 2 -> new Color(Color.HSBtoRGB(0, 0, 0.2f + 0.7f * random.nextFloat()));
            default -> new Color(Color.HSBtoRGB(random.nextFloat(), 0.08f + 0.1f * random.nextFloat(), 0.95f));
        };
    }

    /** A saturated colour that stands out from the background. */
    static Color colour(Random random, Color background) {
        while (true) {
            Color c = new Color(Color.HSBtoRGB(random.nextFloat(), 0.55f + 0.45f * random.nextFloat(),
                    0.45f + 0.55f * random.nextFloat()));
            int distance = Math.max(Math.abs(c.getRed() - background.getRed()), Math.max(
                    Math.abs(c.getGreen() - background.getGreen()), Math.abs(c.getBlue() - background.getBlue())));
            if (distance >= 80) {
                return c;
            }
        }
    }

    private static Shape outline(Kind kind, PixelBox box) {
        double x = box.left();
        double y = box.top();
        double s = box.width();
        return switch (kind) {
            case CIRCLE -> new Ellipse2D.Double(x, y, s, s);
            case SQUARE -> new Rectangle((int) x, (int) y, (int) s, (int) s);
            case TRIANGLE -> polygon(new double[] {x + s / 2, x + s, x}, new double[] {y, y + s, y + s});
            case STAR -> star(x + s / 2, y + s / 2, s / 2);
            case RING -> {
                Area ring = new Area(new Ellipse2D.Double(x, y, s, s));
                double t = s * 0.18;
                ring.subtract(new Area(new Ellipse2D.Double(x + t, y + t, s - 2 * t, s - 2 * t)));
                yield ring;
            }
        };
    }

    /** A five-pointed star, its points on a circle; the box is the circle's. */
    private static Shape star(double cx, double cy, double radius) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? radius : radius * 0.45;
            double angle = -Math.PI / 2 + k * Math.PI / 5;
            xs[k] = cx + r * Math.cos(angle);
            ys[k] = cy + r * Math.sin(angle);
        }
        return polygon(xs, ys);
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int k = 1; k < xs.length; k++) {
            path.lineTo(xs[k], ys[k]);
        }
        path.closePath();
        return path;
    }
}
