package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Finds frontal faces with OpenCV's Haar cascade {@code haarcascade_frontalface_alt.xml}, shipped
 * in the bytedeco OpenCV jar. Works on a grey copy at most 800 pixels a side.
 *
 * <p>Threading: the cascade is loaded once and used by one caller at a time (synchronized).
 */
public final class FaceFinder {

    private static final String CASCADE =
            "/org/bytedeco/opencv/linux-x86_64/share/opencv4/haarcascades/haarcascade_frontalface_alt.xml";
    private static final int MAX_SIDE = 800;

    private CascadeClassifier cascade;

    public synchronized List<PixelBox> find(BufferedImage image) {
        double factor = Math.min(1.0, MAX_SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        byte[] gray = Pixels.gray(Pixels.scaled(image, w, h));
        List<PixelBox> faces = new ArrayList<>();
        try (BytePointer data = new BytePointer(gray); Mat mat = new Mat(h, w, opencv_core.CV_8UC1, data);
             Mat equalized = new Mat(); RectVector found = new RectVector()) {
            opencv_imgproc.equalizeHist(mat, equalized);
            int min = Math.max(24, Math.min(w, h) / 12);
            classifier().detectMultiScale(equalized, found, 1.1, 5, 0, new Size(min, min), new Size(w, h));
            for (long i = 0; i < found.size(); i++) {
                Rect r = found.get(i);
                faces.add(new PixelBox(r.x(), r.y(), r.x() + r.width(), r.y() + r.height())
                        .scaled(1 / factor, image.getWidth(), image.getHeight()));
            }
        }
        faces.sort(Comparator.comparingInt(PixelBox::left).thenComparingInt(PixelBox::top));
        return faces;
    }

    private CascadeClassifier classifier() {
        if (cascade == null) {
            try (InputStream in = FaceFinder.class.getResourceAsStream(CASCADE)) {
                if (in == null) {
                    throw new IllegalStateException("The OpenCV jar lacks " + CASCADE);
                }
                Path file = Files.createTempFile("visionbook-face-", ".xml");
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                cascade = new CascadeClassifier(file.toString());
                Files.deleteIfExists(file);
                if (cascade.empty()) {
                    throw new IllegalStateException("OpenCV could not load its face cascade");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cascade;
    }
}
