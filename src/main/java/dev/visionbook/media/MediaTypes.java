package dev.visionbook.media;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The MIME types the Gemini service accepts for images, video and audio, plus the aliases that
 * browsers and operating systems commonly send for them.
 */
public final class MediaTypes {

    /** Canonical types in the order the Gemini documentation lists them. */
    private static final Map<String, MediaKind> SUPPORTED = Collections.unmodifiableMap(supportedTypes());

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("image/jpg", "image/jpeg"),
            Map.entry("image/pjpeg", "image/jpeg"),
            Map.entry("video/quicktime", "video/mov"),
            Map.entry("video/x-msvideo", "video/avi"),
            Map.entry("video/msvideo", "video/avi"),
            Map.entry("video/x-ms-wmv", "video/wmv"),
            Map.entry("video/flv", "video/x-flv"),
            Map.entry("audio/mpeg", "audio/mp3"),
            Map.entry("audio/mpeg3", "audio/mp3"),
            Map.entry("audio/x-mp3", "audio/mp3"),
            Map.entry("audio/x-wav", "audio/wav"),
            Map.entry("audio/wave", "audio/wav"),
            Map.entry("audio/vnd.wave", "audio/wav"),
            Map.entry("audio/x-aiff", "audio/aiff"),
            Map.entry("audio/x-aac", "audio/aac"),
            Map.entry("audio/x-flac", "audio/flac"));

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("heic", "image/heic"),
            Map.entry("heif", "image/heif"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("mpeg", "video/mpeg"),
            Map.entry("mpg", "video/mpg"),
            Map.entry("mov", "video/mov"),
            Map.entry("avi", "video/avi"),
            Map.entry("flv", "video/x-flv"),
            Map.entry("webm", "video/webm"),
            Map.entry("wmv", "video/wmv"),
            Map.entry("3gp", "video/3gpp"),
            Map.entry("wav", "audio/wav"),
            Map.entry("mp3", "audio/mp3"),
            Map.entry("aiff", "audio/aiff"),
            Map.entry("aif", "audio/aiff"),
            Map.entry("aac", "audio/aac"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("flac", "audio/flac"));

    private MediaTypes() {
    }

    private static Map<String, MediaKind> supportedTypes() {
        Map<String, MediaKind> types = new LinkedHashMap<>();
        for (String type : new String[] {"image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"}) {
            types.put(type, MediaKind.IMAGE);
        }
        for (String type : new String[] {"video/mp4", "video/mpeg", "video/mov", "video/avi", "video/x-flv",
                "video/mpg", "video/webm", "video/wmv", "video/3gpp"}) {
            types.put(type, MediaKind.VIDEO);
        }
        for (String type : new String[] {"audio/wav", "audio/mp3", "audio/aiff", "audio/aac", "audio/ogg",
                "audio/flac"}) {
            types.put(type, MediaKind.AUDIO);
        }
        return types;
    }

    /**
     * Normalises a MIME type: lower case, parameters after {@code ;} dropped, aliases replaced by
     * the canonical Gemini name (e.g. {@code video/quicktime} becomes {@code video/mov}). Unknown
     * types come back normalised but otherwise unchanged.
     *
     * @throws NullPointerException if {@code mime} is null
     */
    public static String canonical(String mime) {
        String bare = mime;
        int semicolon = bare.indexOf(';');
        if (semicolon >= 0) {
            bare = bare.substring(0, semicolon);
        }
        bare = bare.trim().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(bare, bare);
    }

    /** The kind of a supported MIME type (aliases accepted); empty for null or unsupported types. */
    public static Optional<MediaKind> kindOf(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(SUPPORTED.get(canonical(mimeType)));
    }

    /** Whether Gemini accepts this MIME type (aliases accepted; null is not supported). */
    public static boolean isSupported(String mime) {
        return kindOf(mime).isPresent();
    }

    /** The canonical supported types: images, then video, then audio, in Gemini's documented order. */
    public static Set<String> supported() {
        return SUPPORTED.keySet();
    }

    /**
     * Guesses the canonical MIME type from a file name's extension (case-insensitive; a path is
     * fine). Empty when there is no extension or it is not one of the supported formats.
     */
    public static Optional<String> guessFromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String base = fileName.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        if (dot < 0 || dot == base.length() - 1) {
            return Optional.empty();
        }
        String extension = base.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(EXTENSIONS.get(extension));
    }
}
