package dev.visionbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.visionbook.server.ProtoJson.Scalar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A generateContent, streamGenerateContent or countTokens body checked as the service checks it,
 * on the raw JSON before anything reads it: every content and part of the right shape (a part
 * holds exactly one kind of data), field types as declared, base64 that is base64, images that can
 * be read, {@code video_metadata} in range. Each refusal is a 400 naming the field, for example
 * {@code contents[0].parts[1]}.
 */
final class RequestCheck {

    /** The fields of Part, in JSON spelling; the first group is the oneof {@code data}. */
    private static final List<String> PART_DATA = List.of("text", "inlineData", "fileData", "functionCall",
            "functionResponse", "executableCode", "codeExecutionResult", "toolCall", "toolResponse");
    private static final Set<String> PART_FIELDS = union(PART_DATA, List.of("videoMetadata", "thought",
            "thoughtSignature", "partMetadata", "mediaResolution"));
    private static final Set<String> CONTENT_FIELDS = Set.of("parts", "role");
    private static final Set<String> VIDEO_METADATA_FIELDS = Set.of("startOffset", "endOffset", "fps");
    private static final Set<String> MEDIA_RESOLUTIONS = Set.of("MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW",
            "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH");
    private static final Set<String> MODALITIES = Set.of("MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO");
    /** The service samples a video at most 24 frames a second. */
    static final double MAX_FPS = 24;

    private RequestCheck() {
    }

    /** Checks a request of {@code method}; countTokens may wrap it in {@code generateContentRequest}. */
    static void check(JsonNode request, String method) {
        if (!request.isObject()) {
            throw ProtoJson.violation("", "Invalid JSON payload received. Expected an object at the top level, got "
                    + ProtoJson.shown(request) + ".");
        }
        JsonNode wrapped = method.equals("countTokens")
                ? ProtoJson.message(request, "generateContentRequest", "GenerateContentRequest", "") : null;
        if (wrapped != null) {
            ProtoJson.scalar(wrapped, "model", Scalar.TYPE_STRING, "generate_content_request");
            generateContentRequest(wrapped, "generate_content_request.");
        }
        generateContentRequest(request, "");
    }

    private static void generateContentRequest(JsonNode request, String prefix) {
        ProtoJson.scalar(request, "model", Scalar.TYPE_STRING, trim(prefix));
        ProtoJson.scalar(request, "cachedContent", Scalar.TYPE_STRING, trim(prefix));
        JsonNode contents = ProtoJson.repeated(request, "contents", "Content", trim(prefix));
        if (contents != null) {
            for (int i = 0; i < contents.size(); i++) {
                content(contents.get(i), prefix + "contents[" + i + "]");
            }
        }
        if (ProtoJson.message(request, "systemInstruction", "Content", trim(prefix)) != null) {
            content(ProtoJson.field(request, "systemInstruction"), prefix + "system_instruction");
        }
        JsonNode config = ProtoJson.message(request, "generationConfig", "GenerationConfig", trim(prefix));
        if (config != null) {
            generationConfig(config, prefix + "generation_config");
        }
        for (String list : new String[] {"safetySettings", "tools"}) {
            JsonNode items = ProtoJson.repeated(request, list, list.equals("tools") ? "Tool" : "SafetySetting",
                    trim(prefix));
            for (int i = 0; items != null && i < items.size(); i++) {
                if (!items.get(i).isObject()) {
                    throw ProtoJson.invalidValue(prefix + ProtoJson.protoName(list) + "[" + i + "]",
                            "type.googleapis.com/google.ai.generativelanguage.v1beta."
                                    + (list.equals("tools") ? "Tool" : "SafetySetting"), items.get(i));
                }
            }
        }
        ProtoJson.message(request, "toolConfig", "ToolConfig", trim(prefix));
    }

    private static void content(JsonNode content, String path) {
        if (!content.isObject()) {
            throw ProtoJson.invalidValue(path, "type.googleapis.com/google.ai.generativelanguage.v1beta.Content", content);
        }
        ProtoJson.knownFields(content, CONTENT_FIELDS, path);
        ProtoJson.scalar(content, "role", Scalar.TYPE_STRING, path);
        JsonNode parts = ProtoJson.repeated(content, "parts", "Part", path);
        for (int i = 0; parts != null && i < parts.size(); i++) {
            part(parts.get(i), path + ".parts[" + i + "]");
        }
    }

    private static void part(JsonNode part, String path) {
        if (!part.isObject()) {
            // A null element too: a list of messages cannot hold an unset one.
            throw ProtoJson.invalidValue(path, "type.googleapis.com/google.ai.generativelanguage.v1beta.Part", part);
        }
        ProtoJson.knownFields(part, PART_FIELDS, path);
        String set = null;
        for (String data : PART_DATA) {
            if (ProtoJson.field(part, data) != null) {
                if (set != null) {
                    throw ProtoJson.violation(path, "Invalid JSON payload received. Oneof field 'data' is already set."
                            + " Cannot set '" + data + "' at '" + path + "': a part holds one of text, inlineData,"
                            + " fileData and the others, not both '" + set + "' and '" + data + "'.");
                }
                set = data;
            }
        }
        if (set == null) {
            throw ProtoJson.violation(path + ".data", "* GenerateContentRequest." + path
                    + ".data: required oneof field 'data' must have one initialized field");
        }
        ProtoJson.scalar(part, "text", Scalar.TYPE_STRING, path);
        ProtoJson.scalar(part, "thought", Scalar.TYPE_BOOL, path);
        ProtoJson.enumeration(part, "mediaResolution", "Part.MediaResolution", MEDIA_RESOLUTIONS, path);
        JsonNode inline = ProtoJson.message(part, "inlineData", "Blob", path);
        if (inline != null) {
            InlineData.check((ObjectNode) inline, path + ".inline_data");
        }
        JsonNode file = ProtoJson.message(part, "fileData", "FileData", path);
        if (file != null) {
            ProtoJson.scalar(file, "fileUri", Scalar.TYPE_STRING, path + ".file_data");
            ProtoJson.scalar(file, "mimeType", Scalar.TYPE_STRING, path + ".file_data");
        }
        JsonNode video = ProtoJson.message(part, "videoMetadata", "VideoMetadata", path);
        if (video != null) {
            videoMetadata(video, path + ".video_metadata");
        }
    }

    private static void videoMetadata(JsonNode video, String path) {
        ProtoJson.knownFields(video, VIDEO_METADATA_FIELDS, path);
        for (String offset : new String[] {"startOffset", "endOffset"}) {
            JsonNode value = ProtoJson.field(video, offset);
            if (value != null && !(value.isTextual() && isDuration(value.asText()))) {
                throw ProtoJson.invalidValue(ProtoJson.join(path, offset), "type.googleapis.com/google.protobuf.Duration",
                        value);
            }
        }
        JsonNode fps = ProtoJson.scalar(video, "fps", Scalar.TYPE_DOUBLE, path);
        if (fps != null) {
            double value = fps.asDouble();
            if (!(value > 0 && value <= MAX_FPS)) {
                throw ProtoJson.violation(path + ".fps", "* GenerateContentRequest." + path + ".fps: fps must be"
                        + " greater than 0 and at most " + (int) MAX_FPS + "; got " + ProtoJson.shown(fps) + ".");
            }
        }
    }

    private static void generationConfig(JsonNode config, String path) {
        for (String name : new String[] {"temperature", "topP", "presencePenalty", "frequencyPenalty"}) {
            ProtoJson.scalar(config, name, Scalar.TYPE_FLOAT, path);
        }
        for (String name : new String[] {"topK", "candidateCount", "maxOutputTokens", "seed", "logprobs"}) {
            ProtoJson.scalar(config, name, Scalar.TYPE_INT32, path);
        }
        for (String name : new String[] {"responseLogprobs", "enableEnhancedCivicAnswers", "audioTimestamp"}) {
            ProtoJson.scalar(config, name, Scalar.TYPE_BOOL, path);
        }
        ProtoJson.scalar(config, "responseMimeType", Scalar.TYPE_STRING, path);
        ProtoJson.enumeration(config, "mediaResolution", "GenerationConfig.MediaResolution", MEDIA_RESOLUTIONS, path);
        ProtoJson.message(config, "responseSchema", "Schema", path);
        ProtoJson.message(config, "thinkingConfig", "ThinkingConfig", path);
        JsonNode thinking = ProtoJson.field(config, "thinkingConfig");
        if (thinking != null) {
            ProtoJson.scalar(thinking, "includeThoughts", Scalar.TYPE_BOOL, path + ".thinking_config");
            ProtoJson.scalar(thinking, "thinkingBudget", Scalar.TYPE_INT32, path + ".thinking_config");
        }
        strings(config, "stopSequences", null, path);
        strings(config, "responseModalities", MODALITIES, path);
    }

    /** A repeated string (or, with {@code values}, repeated enum) field. */
    private static void strings(JsonNode message, String name, Set<String> values, String path) {
        JsonNode list = ProtoJson.repeated(message, name, values == null ? "TYPE_STRING"
                : "type.googleapis.com/google.ai.generativelanguage.v1beta.GenerationConfig.Modality", path);
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonNode item = list.get(i);
            boolean fits = values == null ? item.isTextual() : item.isTextual() && values.contains(item.asText())
                    || item.isIntegralNumber();
            if (!fits) {
                throw ProtoJson.invalidValue(ProtoJson.join(path, name) + "[" + i + "]",
                        values == null ? "TYPE_STRING" : "type.googleapis.com/google.ai.generativelanguage.v1beta"
                                + ".GenerationConfig.Modality", item);
            }
        }
    }

    private static boolean isDuration(String text) {
        try {
            GoogleDurations.parse(text, "duration");
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    private static String trim(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
