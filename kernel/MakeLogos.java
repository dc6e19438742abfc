import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the kernelspec's logos, kernel/logo-32x32.png and kernel/logo-64x64.png: an eye (for
 * vision) in Java's orange on a dark tile. Run from the repository root:
 * {@code java -Djava.awt.headless=true kernel/MakeLogos.java}.
 */
public class MakeLogos {

    private static final int CANVAS = 512;
    private static final Color TILE = new Color(0x12, 0x34, 0x4d);
    private static final Color IRIS = new Color(0xf8, 0x98, 0x20);

    public static void main(String[] args) throws Exception {
        BufferedImage large = draw();
        for (int size : new int[] {32, 64}) {
            // Drawn large and scaled down by averaging, so the small sizes stay smooth.
            BufferedImage small = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = small.createGraphics();
            g.drawImage(large.getScaledInstance(size, size, Image.SCALE_AREA_AVERAGING), 0, 0, null);
            g.dispose();
            ImageIO.write(small, "png", new File("kernel/logo-" + size + "x" + size + ".png"));
        }
    }

    private static BufferedImage draw() {
        BufferedImage image = new BufferedImage(CANVAS, CANVAS, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(TILE);
        g.fill(new RoundRectangle2D.Double(0, 0, CANVAS, CANVAS, 110, 110));
        Path2D eye = new Path2D.Double();
        eye.moveTo(40, 256);
        eye.quadTo(256, 40, 472, 256);
        eye.quadTo(256, 472, 40, 256);
        eye.closePath();
        g.setColor(Color.WHITE);
        g.fill(eye);
        g.setColor(IRIS);
        g.fill(new Ellipse2D.Double(151, 151, 210, 210));
        g.setColor(TILE);
        g.fill(new Ellipse2D.Double(204, 204, 104, 104));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(216, 194, 34, 34));
        g.dispose();
        return image;
    }
}
