package dev.visionbook.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * Turns JavaCV's exception messages, which embed an FFmpeg error code, the file path and
 * developer hints, into FFmpeg's own short description such as "Invalid data found when
 * processing input".
 */
final class FfmpegErrors {

    private static final Pattern ERROR_CODE = Pattern.compile("error (-?\\d+)");
    private static final int MAX_DESCRIPTION = 128;

    private FfmpegErrors() {
    }

    static String describe(Throwable failure) {
        Matcher code = ERROR_CODE.matcher(String.valueOf(failure.getMessage()));
        if (code.find()) {
            try {
                return describe(Integer.parseInt(code.group(1)));
            } catch (NumberFormatException ignored) {
                // not a real error code; fall through to the generic text
            }
        }
        return "unexpected error";
    }

    static String describe(int errorCode) {
        try (BytePointer text = new BytePointer(MAX_DESCRIPTION)) {
            avutil.av_strerror(errorCode, text, MAX_DESCRIPTION);
            String terminated = text.getString();
            int end = terminated.indexOf('\0');
            return end < 0 ? terminated : terminated.substring(0, end);
        }
    }
}
