package dev.visionbook.engine;

import dev.visionbook.engine.analysis.AnalysisCache;
import dev.visionbook.engine.analysis.ImageAnalyzer;
import dev.visionbook.engine.analysis.SpeechRecognizer;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.engine.analysis.VideoAnalyzer;
import dev.visionbook.engine.answers.AnswerDesk;
import dev.visionbook.engine.answers.Evidence;
import dev.visionbook.engine.answers.Intent;
import dev.visionbook.media.MediaException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the local server answers with: Markdown written from real measurements of the prompt's
 * media (objects, faces, text, colours, sharpness; for videos scene cuts, on-screen text and
 * speech), chosen by what the prompt asks for, and token counts by the service's rules. No
 * language model runs; answers say so. Deterministic for the same input.
 *
 * <pre>{@code
 * LocalEngine engine = new LocalEngine(dataDir.resolve("analysis"));
 * engine.analyseVideo(uploadedVideo);          // while the file is PROCESSING
 * String markdown = engine.answer(List.of(new PromptPart.Text("Summarize this video."), videoPart));
 * }</pre>
 *
 * <p>Thread-safe: requests may call {@link #answer} concurrently; a video is analysed once even
 * when several requests (or the upload's processing) ask for it at the same time.
 */
public final class LocalEngine {

    private final TokenCounter tokens = new TokenCounter();
    private final MeasurementReport report = new MeasurementReport();
    private final ImageAnalyzer images = new ImageAnalyzer();
    private final Measurements measurements;
    private final AnswerDesk desk = new AnswerDesk(images);

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
    }

    /** The answer to a prompt, as Markdown. */
    public String answer(List<PromptPart> parts) {
        String prompt = parts.stream().filter(PromptPart.Text.class::isInstance)
                .map(part -> ((PromptPart.Text) part).text().strip()).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" "));
        List<PromptPart.Media> media = parts.stream().filter(PromptPart.Media.class::isInstance)
                .map(PromptPart.Media.class::cast).toList();
        List<Evidence> evidence = new ArrayList<>();
        for (PromptPart.Media part : media) {
            evidence.add(measurements.measure(evidence.size() + 1, part));
        }
        int images = count(evidence, dev.visionbook.media.MediaKind.IMAGE);
        int videos = count(evidence, dev.visionbook.media.MediaKind.VIDEO);
        int audios = count(evidence, dev.visionbook.media.MediaKind.AUDIO);
        Intent intent = Intent.of(prompt, images, videos, audios);
        if (evidence.isEmpty() && intent.kind() != Intent.Kind.CREATIVE) {
            return report.write(parts);
        }
        return desk.answer(intent, evidence);
    }

    /**
     * Analyses a video (scenes, on-screen text, speech) and keeps the result, so that prompts
     * that use it later are quick. Called while an uploaded video is PROCESSING.
     *
     * @throws MediaException if the video cannot be decoded
     */
    public void analyseVideo(Path video) throws MediaException {
        measurements.video(video, 0, PromptPart.Clip.DEFAULT_FPS);
    }

    /**
     * Recognises the speech of an audio file and keeps the transcript, so that prompts that use it
     * later ("transcribe this audio") are quick. Called while an uploaded audio file is PROCESSING.
     *
     * @throws MediaException if the audio cannot be decoded
     */
    public void analyseAudio(Path audio) throws MediaException {
        measurements.audio(audio);
    }

    /** The analysis of a video at 1 fps, from the cache when it was analysed before. */
    public VideoAnalysis videoAnalysis(Path video) throws MediaException {
        return measurements.video(video, 0, PromptPart.Clip.DEFAULT_FPS);
    }

    public TokenCount countTokens(List<PromptPart> parts) {
        return tokens.count(parts);
    }

    public int countTextTokens(String text) {
        return tokens.textTokens(text);
    }

    private static int count(List<Evidence> evidence, dev.visionbook.media.MediaKind kind) {
        return (int) evidence.stream().filter(e -> e.kind() == kind).count();
    }

    static double seconds(Duration duration) {
        return duration == null ? 0 : duration.toMillis() / 1000.0;
    }
}
