package dev.visionbook.api;

import dev.visionbook.media.MediaTypes;
import java.time.Duration;
import java.util.Set;

/**
 * The Gemini API's limits and counting rules as the vision tutorial states them, in one place;
 * the helper API checks requests against them before anything is sent.
 */
public final class ServiceRules {

    /** Images in one request. */
    public static final int MAX_IMAGES_PER_REQUEST = 3_600;
    /** The whole request, inline data included. */
    public static final long MAX_INLINE_REQUEST_BYTES = 20L * 1024 * 1024;
    /** One uploaded file. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    /** All files of one project. */
    public static final long MAX_PROJECT_BYTES = 20L * 1024 * 1024 * 1024;
    /** Uploaded files are deleted this long after their creation. */
    public static final Duration FILE_LIFETIME = Duration.ofHours(48);
    public static final int TOKENS_PER_IMAGE = 258;
    /** About 300 per second of video: 258 for the frame sampled each second plus 32 for audio. */
    public static final int TOKENS_PER_VIDEO_SECOND = 258 + 32;

    private ServiceRules() {
    }

    /** The supported image, video and audio MIME types. */
    public static Set<String> supportedMimeTypes() {
        return MediaTypes.supported();
    }

    public static boolean isSupported(String mimeType) {
        return MediaTypes.isSupported(mimeType);
    }

    /** Bytes in words: {@code 1.5 MB}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, value >= 100 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }
}
