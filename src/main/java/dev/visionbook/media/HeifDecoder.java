package dev.visionbook.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** Decodes a HEIC/HEIF image's primary picture with FFmpeg, upright. */
final class HeifDecoder {

    private HeifDecoder() {
    }

    /** @param label the format's name in messages, "HEIC" or "HEIF" */
    static BufferedImage decode(byte[] data, String label) throws MediaException {
        FfmpegNatives.ensureLoaded();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(data));
                PictureConverter converter = new PictureConverter()) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            // FFmpeg marks the primary item as the default stream. Without this JavaCV would take
            // the first stream without that mark: the alpha plane or a thumbnail, if there is one.
            grabber.setVideoDisposition(avformat.AV_DISPOSITION_DEFAULT);
            grabber.start();
            Frame picture = grabber.grabImage();
            if (picture == null || !(picture.opaque instanceof AVFrame frame)) {
                throw ImageDecoder.failure("the " + label + " file holds no picture that decodes", null);
            }
            BufferedImage image = converter.convert(frame);
            // FFmpeg turns the irot property into a display matrix, which counts anticlockwise.
            return Orientation.apply(image, Orientation.fromClockwiseDegrees(-grabber.getDisplayRotation()));
        } catch (FrameGrabber.Exception e) {
            throw ImageDecoder.failure("FFmpeg: " + FfmpegErrors.describe(e), e);
        }
    }
}
