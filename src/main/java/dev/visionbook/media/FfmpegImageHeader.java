package dev.visionbook.media;

import java.io.ByteArrayInputStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Image dimensions from FFmpeg, for HEIF files whose headers we cannot read ourselves. Slower
 * than header parsing (it loads FFmpeg and decodes one picture), so it is only a fallback.
 */
final class FfmpegImageHeader {

    private FfmpegImageHeader() {
    }

    static ImageProbe.ImageInfo read(byte[] data, String format, String label) throws MediaException {
        FfmpegNatives.ensureLoaded();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(data))) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            grabber.start();
            Frame picture = grabber.grabImage();
            int width = grabber.getImageWidth();
            int height = grabber.getImageHeight();
            if (picture == null || width <= 0 || height <= 0) {
                throw new MediaException("The " + label + " image could not be decoded.");
            }
            return new ImageProbe.ImageInfo(width, height, format);
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("The " + label + " image could not be decoded (FFmpeg: "
                    + FfmpegErrors.describe(e) + ").", e);
        }
    }
}
