package dev.visionbook.media;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR0;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_ALPHA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_RGB;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteOrder;
import java.util.Set;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Turns a decoded FFmpeg picture into a {@code TYPE_INT_RGB} (or, with alpha, {@code
 * TYPE_INT_ARGB}) image. One instance converts many pictures, reusing its scaler and buffer; it is
 * not thread-safe.
 *
 * <p>We convert ourselves instead of letting JavaCV produce BGR24 because JavaCV ignores the
 * picture's colour range: full-range YUV (HEIC photos, JPEG-style video) came out with its
 * contrast stretched by 255/219, clipping highlights and shadows. Converting here also means
 * frames we skip are never converted at all.
 *
 * <p>{@link #thumbnails()} makes a converter for small copies of every frame (scene cuts located
 * to the frame), which must be cheap since it runs on every decoded frame, not a few: fast
 * bilinear without the accurate-rounding flags, and the scaler, its colour details and the
 * pointers handed to it set up once rather than per picture (about 30 µs of scaling for a 720p
 * frame, where asking swscale for its cached context alone took another 30 µs, and setting the
 * colour details rebuilt its tables).
 */
final class PictureConverter implements AutoCloseable {

    /** Decoders may still hand out the deprecated "J" formats, which imply full range. */
    private static final Set<Integer> FULL_RANGE_FORMATS = Set.of(AV_PIX_FMT_YUVJ420P, AV_PIX_FMT_YUVJ422P,
            AV_PIX_FMT_YUVJ444P, AV_PIX_FMT_YUVJ440P, AV_PIX_FMT_YUVJ411P);
    /** Bicubic, exact rounding and full chroma interpolation: we convert few pictures, so quality wins. */
    private static final int FLAGS = swscale.SWS_BICUBIC | swscale.SWS_ACCURATE_RND | swscale.SWS_FULL_CHR_H_INT;
    private static final int THUMBNAIL_FLAGS = swscale.SWS_FAST_BILINEAR;
    private static final int FIXED_POINT_ONE = 1 << 16;

    private final int flags;
    private SwsContext scaler;
    private BytePointer packed;
    /** Reused across calls: allocating JavaCPP pointers costs microseconds each. */
    private final PointerPointer<BytePointer> destination = new PointerPointer<>(1L);
    private final IntPointer destinationStride = new IntPointer(1L);
    /** What the scaler was made for: asking swscale whether its context still fits costs 30 µs. */
    private Scaling scaling;
    /** What the scaler was last told about colours; null when it has not been told yet. */
    private Described described;

    private record Scaling(int sourceWidth, int sourceHeight, int format, int width, int height, int target) {
    }

    private record Described(int colorspace, boolean fullRange) {
    }

    /** Converts at full size and quality. */
    PictureConverter() {
        this(FLAGS);
    }

    private PictureConverter(int flags) {
        this.flags = flags;
    }

    /** A converter for many small copies, cheap rather than exact; use {@link #convert(AVFrame, int, int)}. */
    static PictureConverter thumbnails() {
        return new PictureConverter(THUMBNAIL_FLAGS);
    }

    /** The picture at its own size. */
    BufferedImage convert(AVFrame picture) throws MediaException {
        return convert(picture, picture.width(), picture.height());
    }

    /** The picture scaled to {@code width} x {@code height} (not turned upright). */
    BufferedImage convert(AVFrame picture, int width, int height) throws MediaException {
        int sourceWidth = picture.width();
        int sourceHeight = picture.height();
        int format = picture.format();
        AVPixFmtDescriptor descriptor = avutil.av_pix_fmt_desc_get(format);
        if (sourceWidth <= 0 || sourceHeight <= 0 || descriptor == null) {
            throw new MediaException("The decoder produced a picture without a usable size or pixel format.");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A converted picture needs a positive size: " + width + "x" + height);
        }
        boolean alpha = (descriptor.flags() & AV_PIX_FMT_FLAG_ALPHA) != 0;
        // BGRA/BGR0 bytes read as little-endian ints are exactly Java's ARGB/xRGB pixels.
        int target = alpha ? AV_PIX_FMT_BGRA : AV_PIX_FMT_BGR0;
        Scaling wanted = new Scaling(sourceWidth, sourceHeight, format, width, height, target);
        if (!wanted.equals(scaling) || scaler == null) {
            // A new context may reuse the old one's address, so its colours are described afresh.
            scaling = null;
            described = null;
            scaler = swscale.sws_getCachedContext(scaler, sourceWidth, sourceHeight, format, width, height, target,
                    flags, null, null, (DoublePointer) null);
            scaling = scaler == null ? null : wanted;
        }
        if (scaler == null) {
            throw new MediaException("The picture's pixel format ("
                    + avutil.av_get_pix_fmt_name(format).getString() + ") cannot be converted to RGB.");
        }
        if ((descriptor.flags() & AV_PIX_FMT_FLAG_RGB) == 0) {
            describeColours(picture, format);
        } else {
            described = null;
        }
        int stride = width * 4;
        long size = (long) stride * height;
        if (packed == null || packed.capacity() < size) {
            releaseBuffer();
            packed = new BytePointer(size);
        }
        destination.put(0, packed);
        destinationStride.put(0, stride);
        swscale.sws_scale(scaler, picture.data(), picture.linesize(), 0, sourceHeight, destination, destinationStride);
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        packed.position(0).limit(size).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(pixels);
        return image;
    }

    /**
     * Tells the scaler the picture's YUV matrix (BT.601, BT.709, BT.2020; unknown means BT.601 as
     * in swscale) and whether it uses the full 0-255 range or the 16-235 video range.
     */
    private void describeColours(AVFrame picture, int format) {
        boolean fullRange = picture.color_range() == AVCOL_RANGE_JPEG || FULL_RANGE_FORMATS.contains(format);
        // Setting them rebuilds swscale's tables, a large part of a thumbnail's cost: only when the
        // scaler or the colours changed (frames of one video rarely change either).
        Described now = new Described(picture.colorspace(), fullRange);
        if (now.equals(described)) {
            return;
        }
        described = now;
        // swscale's coefficient table is indexed by AVColorSpace and falls back to BT.601 for others.
        IntPointer inverse = swscale.sws_getCoefficients(picture.colorspace());
        IntPointer rgb = swscale.sws_getCoefficients(swscale.SWS_CS_DEFAULT);
        swscale.sws_setColorspaceDetails(scaler, inverse, fullRange ? 1 : 0, rgb, 1, 0, FIXED_POINT_ONE,
                FIXED_POINT_ONE);
    }

    private void releaseBuffer() {
        if (packed != null) {
            packed.close();
            packed = null;
        }
    }

    @Override
    public void close() {
        releaseBuffer();
        destination.close();
        destinationStride.close();

        if (scaler != null) {
            swscale.sws_freeContext(scaler);
            scaler = null;
        }
    }
}
