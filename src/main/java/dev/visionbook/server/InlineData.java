package dev.visionbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.visionbook.media.ImageProbe;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.MediaKind;
import dev.visionbook.media.MediaTypes;
import dev.visionbook.media.MimeSniffer;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The {@code inline_data} of a part, checked as the service checks it: {@code data} is base64
 * (standard or URL-safe alphabet, padded to whole quanta, nothing else in it), and image bytes
 * declared as an image are complete and readable ("Unable to process input image" otherwise). URL-safe data is rewritten to the standard alphabet in the request, so
 * that whoever decodes it later reads the same bytes.
 */
final class InlineData {

    private static final Pattern STANDARD = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]*={0,2}");

    private InlineData() {
    }

    /** @param path for example {@code contents[0].parts[1].inline_data} */
    static void check(ObjectNode inlineData, String path) {
        JsonNode mimeType = ProtoJson.scalar(inlineData, "mimeType", ProtoJson.Scalar.TYPE_STRING, path);
        JsonNode data = ProtoJson.field(inlineData, "data");
        String dataPath = path + ".data";
        if (data == null) {
            return;
        }
        if (!data.isTextual()) {
            throw ProtoJson.invalidValue(dataPath, "TYPE_BYTES", data);
        }
        byte[] bytes = decode(data.asText(), dataPath);
        if (URL_SAFE.matcher(data.asText()).matches() && !STANDARD.matcher(data.asText()).matches()) {
            inlineData.put("data", Base64.getEncoder().encodeToString(bytes));
        }
        String declared = mimeType == null ? "" : mimeType.asText();
        // Bytes of no image format at all are a wrong MIME type, said as such where the part is read.
        boolean image = MimeSniffer.sniff(bytes).flatMap(MediaTypes::kindOf).orElse(null) == MediaKind.IMAGE;
        if (image && MediaTypes.kindOf(declared).orElse(null) == MediaKind.IMAGE) {
            try {
                ImageProbe.probe(bytes, declared);
            } catch (MediaException e) {
                throw ProtoJson.violation(path, "Unable to process input image. " + path + ": "
                        + ProtoJson.abbreviate(e.getMessage()));
            }
        }
    }

    /** Strict base64: the service's message when it is not, for example for {@code "abc"} or {@code "@@@@"}. */
    static byte[] decode(String text, String path) {
        boolean standard = STANDARD.matcher(text).matches();
        if (text.length() % 4 != 0 || !standard && !URL_SAFE.matcher(text).matches()) {
            throw failed(text, path);
        }
        try {
            return (standard ? Base64.getDecoder() : Base64.getUrlDecoder()).decode(text);
        } catch (IllegalArgumentException e) {
            throw failed(text, path);
        }
    }

    private static ApiException failed(String text, String path) {
        return ProtoJson.violation(path, "Invalid value at '" + path + "' (TYPE_BYTES), Base64 decoding failed for \""
                + ProtoJson.abbreviate(text) + "\"");
    }
}
