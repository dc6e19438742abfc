package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.errors.ClientException;
import com.google.genai.types.Content;
import com.google.genai.types.CountTokensResponse;
import com.google.genai.types.File;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;
import com.google.genai.types.UploadFileConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** generateContent, streaming and countTokens through the official Java SDK. */
class SdkModelsTest {

    static final String MODEL = "gemini-2.5-flash";

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    @TempDir
    Path temp;

    static Part filePart(File file) {
        return Part.fromUri(file.uri().orElseThrow(), file.mimeType().orElseThrow());
    }

    /**
     * Polls until the file leaves PROCESSING. Decoding and analysing a video takes a few seconds
     * alone but minutes on a loaded machine (several builds on two cores), so the deadline is generous.
     */
    static File waitUntilDone(Client client, File file) throws InterruptedException {
        File current = file;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(4);
        while (current.state().orElseThrow().toString().equals("PROCESSING") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            current = client.files.get(current.name().orElseThrow(), null);
        }
        return current;
    }

    @Test
    void uploadedVideoBecomesActiveAfterProcessingWithItsDurationMeasured() throws Exception {
        Client client = local.client();
        File video = client.files.upload(Media.of("video/synthetic.mp4").toString(),
                UploadFileConfig.builder().mimeType("video/mp4").displayName("Synthetic").build());
        assertEquals("PROCESSING", video.state().orElseThrow().toString());

        File active = waitUntilDone(client, video);

        assertEquals("ACTIVE", active.state().orElseThrow().toString());
        String duration = active.videoMetadata().orElseThrow().get("videoDuration").toString();
        double seconds = Double.parseDouble(duration.replace("s", ""));
        assertEquals(12.0, seconds, 0.25, duration);
    }

    @Test
    void videoThatDoesNotDecodeEndsFailedWithTheDecodersReason() throws Exception {
        byte[] head = Files.readAllBytes(Media.of("video/synthetic.mp4"));
        Path broken = Files.write(temp.resolve("broken.mp4"), java.util.Arrays.copyOf(head, 2000));
        Client client = local.client();
        File video = client.files.upload(broken.toString(), UploadFileConfig.builder().mimeType("video/mp4").build());

        File done = waitUntilDone(client, video);

        assertEquals("FAILED", done.state().orElseThrow().toString());
        assertTrue(done.error().orElseThrow().message().orElseThrow().length() > 10);
        ClientException refused = assertThrows(ClientException.class, () -> client.models.generateContent(MODEL,
                Content.fromParts(filePart(done), Part.fromText("Summarise this video.")), null));
        assertEquals(400, refused.code());
        assertTrue(refused.getMessage().contains("FAILED_PRECONDITION"), refused.getMessage());
    }

    @Test
    void promptWithAnUploadedImageIsAnsweredFromMeasurements() {
        Client client = local.client();
        File image = client.files.upload(Media.of("groundtruth/scene.jpg").toString(),
                UploadFileConfig.builder().mimeType("image/jpeg").displayName("Scene").build());

        GenerateContentResponse response = client.models.generateContent(MODEL,
                Content.fromParts(filePart(image), Part.fromText("Describe this image.")), null);

        String text = response.text();
        assertTrue(text.contains("960 × 600 px"), text);
        assertTrue(text.contains("Scene"), text);
        assertEquals("STOP", response.finishReason().toString());
        var usage = response.usageMetadata().orElseThrow();
        int promptTokens = usage.promptTokenCount().orElseThrow();
        assertEquals(258 + 5, promptTokens, "258 for the image, 5 for the 20 characters of text");
        assertEquals(promptTokens + usage.candidatesTokenCount().orElseThrow(), usage.totalTokenCount().orElseThrow());
        assertTrue(response.responseId().isPresent());
    }

    @Test
    void inlineImagesAreMeasuredToo() throws Exception {
        byte[] png = Files.readAllBytes(Media.of("photos/chelsea.png"));
        byte[] webp = Files.readAllBytes(Media.of("photos/tux.lossless.webp"));
        GenerateContentResponse response = local.client().models.generateContent(MODEL,
                Content.fromParts(Part.fromBytes(png, "image/png"), Part.fromBytes(webp, "image/webp"),
                        Part.fromText("Compare these images.")), null);
        assertTrue(response.text().contains("451 × 300 px"), response.text());
        assertTrue(response.text().contains("386 × 395 px"), response.text());
    }

    @Test
    void streamedAnswerArrivesInChunksAndOnlyTheLastHasAFinishReason() {
        Client client = local.client();
        File image = client.files.upload(Media.of("groundtruth/shapes.png").toString(),
                UploadFileConfig.builder().mimeType("image/png").build());
        List<GenerateContentResponse> chunks = new ArrayList<>();
        try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(MODEL,
                Content.fromParts(filePart(image), Part.fromText("What is in this picture?")), null)) {
            stream.forEach(chunks::add);
        }
        assertTrue(chunks.size() > 1, "chunks: " + chunks.size());
        for (int i = 0; i < chunks.size() - 1; i++) {
            assertTrue(chunks.get(i).candidates().orElseThrow().get(0).finishReason().isEmpty());
        }
        assertEquals("STOP", chunks.get(chunks.size() - 1).finishReason().toString());
        String whole = chunks.stream().map(GenerateContentResponse::text).reduce("", String::concat);
        assertTrue(whole.contains("640 × 480 px"), whole);
    }

    @Test
    void tokensAreCountedByTheServiceRules() throws Exception {
        Client client = local.client();
        File video = waitUntilDone(client, client.files.upload(Media.of("video/slideshow.mp4").toString(),
                UploadFileConfig.builder().mimeType("video/mp4").build()));
        File image = client.files.upload(Media.of("photos/coffee.png").toString(),
                UploadFileConfig.builder().mimeType("image/png").build());
        double seconds = Double.parseDouble(video.videoMetadata().orElseThrow().get("videoDuration").toString()
                .replace("s", ""));
        int frames = (int) Math.ceil(seconds);

        CountTokensResponse count = client.models.countTokens(MODEL,
                List.of(Content.fromParts(filePart(video), filePart(image), Part.fromText("abcdefgh"))), null);

        assertEquals(frames * 258 + frames * 32 + 258 + 2, count.totalTokens().orElseThrow());
    }

    @Test
    void unknownModelIsNotFound() {
        ClientException missing = assertThrows(ClientException.class,
                () -> local.client().models.generateContent("banana-9", "Hello", null));
        assertEquals(404, missing.code());
        assertTrue(missing.getMessage().contains("models/banana-9 is not found"), missing.getMessage());
    }

    @Test
    void textOnlyPromptSaysThereIsNothingToMeasure() {
        GenerateContentResponse response = local.client().models.generateContent(MODEL, "Write a poem.", null);
        assertTrue(response.text().contains("No language model runs here"), response.text());
        assertTrue(response.text().contains("GEMINI_API_KEY"), response.text());
    }
}
