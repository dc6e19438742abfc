package dev.visionbook.api;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.Content;
import com.google.genai.types.CountTokensResponse;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A model to prompt with text, images and videos. Immutable; the {@code with…} methods return a
 * changed copy.
 *
 * <pre>{@code
 * GenerativeModel model = genai.model("gemini-2.5-flash");
 * Response answer = model.generateContent(Path.of("media/piranha.png"),
 *         "Return a bounding box for the piranha. [ymin, xmin, ymax, xmax]");
 * }</pre>
 */
public final class GenerativeModel {

    private final Client client;
    private final String name;
    private final FileCalls files;
    private final GenerationSettings settings;

    GenerativeModel(Client client, String name, FileCalls files, GenerationSettings settings) {
        this.client = client;
        this.name = name;
        this.files = files;
        this.settings = settings;
    }

    public String name() {
        return name;
    }

    public GenerativeModel withSystemInstruction(String instruction) {
        return new GenerativeModel(client, name, files, settings.withSystemInstruction(instruction));
    }

    public GenerativeModel withTemperature(double temperature) {
        return new GenerativeModel(client, name, files, settings.withTemperature((float) temperature));
    }

    /** Asks for {@code application/json} output, as for boxes with labels. */
    public GenerativeModel withJsonOutput() {
        return new GenerativeModel(client, name, files, settings.withJsonOutput(true));
    }

    /** Sends parts in the order given, instead of putting a single image or video first. */
    public GenerativeModel keepingPartOrder() {
        return new GenerativeModel(client, name, files, settings.withKeepOrder(true));
    }

    /** Prompts with the given parts: text, {@link UploadedFile}s, image or video paths, images. */
    public Response generateContent(Object... parts) {
        return generateContent(Arrays.asList(parts));
    }

    public Response generateContent(List<?> parts) {
        Content content = new PromptBuilder(files).build(parts, settings.keepOrder());
        GenerateContentResponse response = Errors.call("generate content with " + name,
                () -> client.models.generateContent(name, content, config()));
        return Response.of(List.of(response));
    }

    /** Like {@link #generateContent(Object...)}, handing each piece of text to {@code onText} as it arrives. */
    public Response streamContent(Consumer<String> onText, Object... parts) {
        Content content = new PromptBuilder(files).build(Arrays.asList(parts), settings.keepOrder());
        List<GenerateContentResponse> chunks = new ArrayList<>();
        try {
            Errors.call("stream content from " + name, () -> {
                try (ResponseStream<GenerateContentResponse> stream =
                             client.models.generateContentStream(name, content, config())) {
                    for (GenerateContentResponse chunk : stream) {
                        chunks.add(chunk);
                        String text = chunk.text();
                        if (text != null && !text.isEmpty()) {
                            onText.accept(text);
                        }
                    }
                }
                return chunks;
            });
        } catch (VisionbookException e) {
            if (!chunks.isEmpty()) {
                throw cutStream(chunks, e);
            }
            throw e;
        }
        Response response = Response.of(chunks);
        if (!chunks.isEmpty() && response.finishReason().equals("UNSPECIFIED")) {
            throw cutStream(chunks, null);
        }
        return response;
    }

    /** The service ends every stream with a finish reason; without one, the answer is incomplete. */
    private VisionbookException cutStream(List<GenerateContentResponse> chunks, VisionbookException cause) {
        int count = chunks.size();
        return new VisionbookException("The answer streamed from " + name + " was cut off after " + count + " chunk"
                + (count == 1 ? "" : "s") + ": the text shown so far is incomplete. Run it again (or use"
                + " generateContent, which is retried once).", cause);
    }

    /** The prompt's size in tokens, before sending it. */
    public int countTokens(Object... parts) {
        Content content = new PromptBuilder(files).build(Arrays.asList(parts), settings.keepOrder());
        CountTokensResponse count = Errors.call("count tokens with " + name,
                () -> client.models.countTokens(name, List.of(content), null));
        return count.totalTokens().orElse(0);
    }

    private GenerateContentConfig config() {
        GenerateContentConfig.Builder config = GenerateContentConfig.builder();
        if (settings.systemInstruction() != null) {
            config.systemInstruction(Content.fromParts(com.google.genai.types.Part.fromText(settings.systemInstruction())));
        }
        if (settings.temperature() != null) {
            config.temperature(settings.temperature());
        }
        if (settings.jsonOutput()) {
            config.responseMimeType("application/json");
        }
        return config.build();
    }

    @Override
    public String toString() {
        return "models/" + name;
    }
}
