package dev.visionbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.visionbook.engine.EngineRequest;
import dev.visionbook.engine.GenerationConfig;
import dev.visionbook.engine.PromptPart;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.MediaKind;
import dev.visionbook.media.MediaTypes;
import dev.visionbook.media.MimeSniffer;
import dev.visionbook.media.VideoProbe;
import dev.visionbook.store.FileState;
import dev.visionbook.store.FileStore;
import dev.visionbook.store.StoreException;
import dev.visionbook.store.StoredFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a generateContent or countTokens request, checked as the service checks them and
 * resolved to readable bytes: uploaded files by their uri, inline data into temporary files that
 * {@link #close()} deletes.
 */
final class PromptParts implements AutoCloseable {

    private static final Pattern FILE_URI = Pattern.compile("(?:^|/)files/([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:$|[?#])");

    private final List<PromptPart> parts = new ArrayList<>();
    private final List<EngineRequest.Turn> turns = new ArrayList<>();
    private final List<Path> temporary = new ArrayList<>();
    private String system = "";
    private GenerationConfig config = GenerationConfig.DEFAULT;

    private PromptParts() {
    }

    /** Reads every part of {@code contents} (and of {@code systemInstruction}, counted as text). */
    static PromptParts resolve(JsonNode request, FileStore store, String project, Path scratch) throws StoreException {
        JsonNode contents = request.path("contents");
        if (!contents.isArray() || contents.isEmpty()) {
            throw ApiException.invalidArgument("* GenerateContentRequest.contents: contents is not specified");
        }
        PromptParts resolved = new PromptParts();
        try {
            for (JsonNode content : contents) {
                List<PromptPart> turn = new ArrayList<>();
                for (JsonNode part : content.path("parts")) {
                    turn.add(resolved.one(part, store, project, scratch));
                }
                resolved.parts.addAll(turn);
                EngineRequest.Role role = "model".equals(content.path("role").asText("user"))
                        ? EngineRequest.Role.MODEL : EngineRequest.Role.USER;
                resolved.turns.add(new EngineRequest.Turn(role, turn));
            }
            JsonNode systemInstruction = request.has("systemInstruction") ? request.get("systemInstruction")
                    : request.path("system_instruction");
            List<String> system = new ArrayList<>();
            for (JsonNode part : systemInstruction.path("parts")) {
                if (part.hasNonNull("text")) {
                    resolved.parts.add(new PromptPart.Text(part.get("text").asText()));
                    system.add(part.get("text").asText());
                }
            }
            resolved.system = String.join("\n", system);
            resolved.config = ConfigReader.of(request);
        } catch (RuntimeException | StoreException e) {
            resolved.close();
            throw e;
        }
        if (resolved.parts.isEmpty()) {
            throw ApiException.invalidArgument("* GenerateContentRequest.contents[0].parts: contents.parts must not"
                    + " be empty.");
        }
        return resolved;
    }

    /** Every part, the system instruction's text included: what countTokens counts. */
    List<PromptPart> parts() {
        return parts;
    }

    /** The request as the engine reads it: turns with roles, the system instruction, the config. */
    EngineRequest request() {
        return new EngineRequest(turns, system, config);
    }

    private PromptPart one(JsonNode part, FileStore store, String project, Path scratch) throws StoreException {
        if (part.hasNonNull("text")) {
            return new PromptPart.Text(part.get("text").asText());
        }
        PromptPart.Clip clip = clip(part.path("videoMetadata"));
        if (part.has("fileData")) {
            return uploaded(part.get("fileData"), clip, store, project);
        }
        if (part.has("inlineData")) {
            return inline(part.get("inlineData"), clip, scratch);
        }
        throw ApiException.invalidArgument("A part must hold text, inlineData or fileData; got "
                + part.fieldNames().next() + ".");
    }

    private static PromptPart uploaded(JsonNode fileData, PromptPart.Clip clip, FileStore store, String project)
            throws StoreException {
        String uri = fileData.path("fileUri").asText("");
        Matcher match = FILE_URI.matcher(uri);
        if (!match.find()) {
            throw ApiException.invalidArgument("Invalid or unsupported file uri: " + uri);
        }
        String id = match.group(1);
        StoredFile file = store.get(project, id);
        if (file.state() != FileState.ACTIVE) {
            String why = file.state() == FileState.FAILED && file.errorMessage() != null
                    ? " It failed: " + file.errorMessage() : " Wait until its state is ACTIVE.";
            throw ApiException.failedPrecondition("The File " + id + " is not in an ACTIVE state and usage is not"
                    + " allowed." + why);
        }
        requireSupported(file.mimeType());
        String label = file.name() + (file.displayName() == null ? "" : " (" + file.displayName() + ")");
        return new PromptPart.Media(label, file.mimeType(), file.sizeBytes(), store.content(file),
                file.videoDuration(), clip, file.sha256Hex());
    }

    private PromptPart inline(JsonNode inlineData, PromptPart.Clip clip, Path scratch) {
        String mimeType = inlineData.path("mimeType").asText("");
        MediaKind kind = requireSupported(mimeType);
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(inlineData.path("data").asText(""));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidArgument("inlineData.data is not valid base64: " + e.getMessage());
        }
        Optional<String> sniffed = MimeSniffer.sniff(bytes);
        if (sniffed.isEmpty() || !MimeSniffer.compatible(mimeType, sniffed.get())) {
            throw ApiException.invalidArgument("The inline data was declared as " + mimeType + " but its bytes are "
                    + sniffed.orElse("not in a known media format")
                    + ". Send the MIME type that matches the data.");
        }
        Path content = write(bytes, scratch);
        Duration duration = null;
        if (kind != MediaKind.IMAGE) {
            try {
                duration = kind == MediaKind.VIDEO ? VideoProbe.probe(content).duration()
                        : VideoProbe.audioDuration(content);
            } catch (MediaException e) {
                throw ApiException.invalidArgument("The inline " + mimeType + " data could not be decoded: "
                        + e.getMessage());
            }
        }
        return new PromptPart.Media("inline " + kind.name().toLowerCase(), mimeType, bytes.length, content,
                duration, clip, sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private Path write(byte[] bytes, Path scratch) {
        try {
            Files.createDirectories(scratch);
            Path file = Files.createTempFile(scratch, "inline-", ".bin");
            temporary.add(file);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw ApiErrors.internal(e);
        }
    }

    private static MediaKind requireSupported(String mimeType) {
        return MediaTypes.kindOf(mimeType)
                .orElseThrow(() -> ApiException.invalidArgument("Unsupported MIME type: " + mimeType));
    }

    private static PromptPart.Clip clip(JsonNode videoMetadata) {
        if (videoMetadata.isMissingNode() || videoMetadata.isNull()) {
            return PromptPart.Clip.whole();
        }
        Duration start = videoMetadata.hasNonNull("startOffset")
                ? GoogleDurations.parse(videoMetadata.get("startOffset").asText(), "videoMetadata.startOffset") : null;
        Duration end = videoMetadata.hasNonNull("endOffset")
                ? GoogleDurations.parse(videoMetadata.get("endOffset").asText(), "videoMetadata.endOffset") : null;
        double fps = videoMetadata.path("fps").asDouble(PromptPart.Clip.DEFAULT_FPS);
        if (fps <= 0 || fps > 24) {
            throw ApiException.invalidArgument("videoMetadata.fps must be over 0 and at most 24; got " + fps + ".");
        }
        if (start != null && end != null && end.compareTo(start) <= 0) {
            throw ApiException.invalidArgument("videoMetadata.endOffset must come after startOffset.");
        }
        return new PromptPart.Clip(start, end, fps);
    }

    @Override
    public void close() {
        for (Path file : temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is removed with the scratch folder at the next start
            }
        }
    }
}
