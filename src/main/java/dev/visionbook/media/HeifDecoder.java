package dev.visionbook.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import org.bytedeco.ffmpeg.avformat.AVStreamGroup;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a HEIC/HEIF image's primary item with FFmpeg, whole and upright. A separately stored
 * alpha plane is not applied: the result is opaque.
 */
final class HeifDecoder {

    private HeifDecoder() {
    }

    /** @param label the format's name in messages, "HEIC" or "HEIF" */
    static BufferedImage decode(byte[] data, String label) throws MediaException {
        HeifHeader.Primary primary;
        try {
            primary = HeifHeader.primary(data, label.toLowerCase(Locale.ROOT));
        } catch (MediaException e) {
            throw ImageDecoder.failure(e.getMessage(), e);
        }
        FfmpegNatives.ensureLoaded();
        BufferedImage image;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(data));
                PictureConverter converter = new PictureConverter()) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            // FFmpeg marks a single-picture primary item as the default stream. Without this JavaCV
            // would take the first stream without that mark: the alpha plane or a thumbnail.
            grabber.setVideoDisposition(avformat.AV_DISPOSITION_DEFAULT);
            grabber.start();
            Optional<AVStreamGroup> grid = HeifGrid.find(grabber.getFormatContext(), primary.itemId());
            image = grid.isPresent()
                    ? HeifGrid.decode(grabber.getFormatContext(), grid.get(), converter, label)
                    : single(grabber, converter, label);
        } catch (FrameGrabber.Exception e) {
            throw ImageDecoder.failure("FFmpeg: " + FfmpegErrors.describe(e), e);
        }
        // FFmpeg 7.1 ignores irot and imir in HEIF files (no display matrix), so we apply them.
        for (int orientation : primary.orientations()) {
            image = Orientation.apply(image, orientation);
        }
        return image;
    }

    private static BufferedImage single(FFmpegFrameGrabber grabber, PictureConverter converter, String label)
            throws FrameGrabber.Exception, MediaException {
        Frame picture = grabber.grabImage();
        if (picture == null || !(picture.opaque instanceof AVFrame frame)) {
            throw ImageDecoder.failure("the " + label + " file holds no picture that decodes", null);
        }
        return converter.convert(frame);
    }
}
