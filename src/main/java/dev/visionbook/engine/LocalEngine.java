package dev.visionbook.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.engine.analysis.AnalysisCache;
import dev.visionbook.engine.analysis.ImageAnalyzer;
import dev.visionbook.engine.analysis.SpeechRecognizer;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.engine.analysis.VideoAnalyzer;
import dev.visionbook.engine.answers.Answer;
import dev.visionbook.engine.answers.AnswerDesk;
import dev.visionbook.engine.answers.Evidence;
import dev.visionbook.engine.question.Question;
import dev.visionbook.engine.question.QuestionReader;
import dev.visionbook.engine.question.Style;
import dev.visionbook.engine.render.JsonRenderer;
import dev.visionbook.engine.render.MarkdownRenderer;
import dev.visionbook.engine.render.SchemaAnswer;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.MediaKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the local server answers with, in one direction: the typed request, the question read from
 * it ({@link QuestionReader}), the evidence measured from its media (objects, faces, text,
 * colours, sharpness; for videos scene cuts, on-screen text and speech), the typed answer
 * ({@link AnswerDesk}), rendered once — Markdown, the engine's natural JSON, or JSON valid against
 * the request's schema. No language model runs; answers say so. Deterministic for the same input.
 *
 * <pre>{@code
 * LocalEngine engine = new LocalEngine(dataDir.resolve("analysis"));
 * engine.analyseVideo(uploadedVideo, sha256, duration);   // while the file is PROCESSING
 * Reply reply = engine.reply(EngineRequest.of(List.of(new PromptPart.Text("Summarize this video."), videoPart)));
 * }</pre>
 *
 * <p>Thread-safe: requests may call {@link #reply} concurrently; a video is analysed once even
 * when several requests (or the upload's processing) ask for it at the same time.
 */
public final class LocalEngine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenCounter tokens = new TokenCounter();
    private final MeasurementReport report = new MeasurementReport();
    private final ImageAnalyzer images = new ImageAnalyzer();
    private final Measurements measurements;
    private final AnswerDesk desk;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final JsonRenderer natural = new JsonRenderer(JSON);
    private final SchemaAnswer schemas = new SchemaAnswer(JSON);

    /** An engine that keeps video analyses in memory only. */
    public LocalEngine() {
        this(null);
    }

    /**
     * @param analysisFolder where video analyses are kept as {@code <sha256>.json}, or null to keep
     *     them in memory only
     */
    public LocalEngine(Path analysisFolder) {
        SpeechRecognizer speech = new SpeechRecognizer();
        this.measurements = new Measurements(images, speech, new VideoAnalyzer(images, speech),
                analysisFolder == null ? null : new AnalysisCache(analysisFolder));
        this.desk = new AnswerDesk(measurements);
    }

    /** The reply to a request: the question read, its media measured, the answer rendered as the config asks. */
    public Reply reply(EngineRequest request) {
        List<PromptPart.Media> media = request.media();
        List<Evidence> evidence = new ArrayList<>();
        for (PromptPart.Media part : media) {
            evidence.add(measurements.measure(evidence.size() + 1, part));
        }
        Question question = QuestionReader.read(request.question(), request.systemInstruction(),
                request.earlierQuestions(), QuestionReader.Media.of(count(evidence, MediaKind.IMAGE),
                        count(evidence, MediaKind.VIDEO), count(evidence, MediaKind.AUDIO)));
        GenerationConfig config = request.config();
        if (evidence.isEmpty()) {
            String text = report.write(request.allParts());
            return new Reply(config.json() ? json(JSON.createObjectNode().putNull("answer").put("cannot_tell",
                    "the request holds no image, video or audio for the local engine to measure")) : text,
                    config.json(), List.of(), null);
        }
        Answer answer = desk.answer(question, evidence);
        if (config.enumText() && config.hasSchema()) {
            SchemaAnswer.Filled filled = schemas.fill(config.schema(), answer);
            return new Reply(filled.value().asText(""), false, filled.unmeasured(), answer);
        }
        if (config.json() && config.hasSchema()) {
            SchemaAnswer.Filled filled = schemas.fill(config.schema(), answer);
            return new Reply(json(filled.value()), true, filled.unmeasured(), answer);
        }
        if (config.json()) {
            return new Reply(json(natural.natural(answer)), true, List.of(), answer);
        }
        if (question.has(Style.JSON)) {
            // "Return JSON" in the words, without JSON mode: the JSON in a fenced block, as the service writes it.
            return new Reply("```json\n" + json(natural.natural(answer)) + "\n```\n", false, List.of(), answer);
        }
        return new Reply(markdown.render(answer), false, List.of(), answer);
    }

    /** The answer to a single-turn prompt, as Markdown (or JSON when the words ask for it). */
    public String answer(List<PromptPart> parts) {
        return reply(EngineRequest.of(parts)).text();
    }

    /**
     * Analyses a video (scenes, on-screen text, speech) and keeps the result, so that prompts
     * that use it later are quick. Called while an uploaded video is PROCESSING, with what the
     * upload measured: its hash and duration.
     *
     * @throws MediaException if the video cannot be decoded
     */
    public void analyseVideo(Path video, String sha256, Duration duration) throws MediaException {
        measurements.video(video, sha256 != null ? sha256 : Measurements.sha256(video), seconds(duration),
                PromptPart.Clip.DEFAULT_FPS);
    }

    /** Like {@link #analyseVideo(Path, String, Duration)}, hashing the file and probing nothing. */
    public void analyseVideo(Path video) throws MediaException {
        analyseVideo(video, null, null);
    }

    /**
     * Recognises the speech of an audio file and keeps the transcript, so that prompts that use it
     * later ("transcribe this audio") are quick. Called while an uploaded audio file is PROCESSING.
     *
     * @throws MediaException if the audio cannot be decoded
     */
    public void analyseAudio(Path audio, String sha256) throws MediaException {
        measurements.audio(audio, sha256 != null ? sha256 : Measurements.sha256(audio));
    }

    public void analyseAudio(Path audio) throws MediaException {
        analyseAudio(audio, null);
    }

    /** The analysis of a video at 1 fps, from the cache when it was analysed before. */
    public VideoAnalysis videoAnalysis(Path video) throws MediaException {
        return measurements.video(video, Measurements.sha256(video), 0, PromptPart.Clip.DEFAULT_FPS);
    }

    public TokenCount countTokens(List<PromptPart> parts) {
        return tokens.count(parts);
    }

    public int countTextTokens(String text) {
        return tokens.textTokens(text);
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    private static int count(List<Evidence> evidence, MediaKind kind) {
        return (int) evidence.stream().filter(e -> e.kind() == kind).count();
    }

    static double seconds(Duration duration) {
        return duration == null ? 0 : duration.toMillis() / 1000.0;
    }
}
