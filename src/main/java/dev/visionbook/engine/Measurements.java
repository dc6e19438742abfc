package dev.visionbook.engine;

import dev.visionbook.engine.analysis.AnalysisCache;
import dev.visionbook.engine.analysis.AudioAnalysis;
import dev.visionbook.engine.analysis.ImageAnalysis;
import dev.visionbook.engine.analysis.ImageAnalyzer;
import dev.visionbook.engine.analysis.SpeechRecognizer;
import dev.visionbook.engine.analysis.Transcript;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.engine.analysis.VideoAnalyzer;
import dev.visionbook.engine.analysis.ColourShare;
import dev.visionbook.engine.analysis.PixelBox;
import dev.visionbook.engine.analysis.RegionColours;
import dev.visionbook.engine.answers.Evidence;
import dev.visionbook.engine.answers.Regions;
import dev.visionbook.media.VideoFrames;
import dev.visionbook.media.ImageDecoder;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.MediaKind;
import dev.visionbook.media.MediaTypes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures each media part of a prompt, remembering results by the SHA-256 of the bytes: videos
 * and audio transcripts on disk through {@link AnalysisCache} (and in memory), images in memory
 * (the most recent {@value #REMEMBERED} results of all kinds).
 *
 * <p>Thread-safe. Concurrent requests for the same video or audio wait for one analysis.
 */
final class Measurements implements Regions {

    private static final Logger LOG = LoggerFactory.getLogger(Measurements.class);
    private static final int REMEMBERED = 64;

    private final ImageAnalyzer images;
    private final SpeechRecognizer speech;
    private final VideoAnalyzer videos;
    private final AnalysisCache cache;
    private final Map<String, CompletableFuture<Object>> runs = new ConcurrentHashMap<>();
    private final Map<String, Object> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > REMEMBERED;
        }
    });

    Measurements(ImageAnalyzer images, SpeechRecognizer speech, VideoAnalyzer videos, AnalysisCache cache) {
        this.images = images;
        this.speech = speech;
        this.videos = videos;
        this.cache = cache;
    }

    Evidence measure(int number, PromptPart.Media part) {
        MediaKind kind = MediaTypes.kindOf(part.mimeType()).orElse(MediaKind.IMAGE);
        double seconds = LocalEngine.seconds(part.duration());
        double clipStart = part.clip().start() == null ? 0 : LocalEngine.seconds(part.clip().start());
        double clipEnd = part.clip().end() == null ? Double.MAX_VALUE : LocalEngine.seconds(part.clip().end());
        try {
            switch (kind) {
                case IMAGE -> {
                    ImageAnalysis image = image(part.content(), hash(part));
                    return new Evidence(number, part.label(), part.mimeType(), part.sizeBytes(), kind, part.content(),
                            new Evidence.Picture(image));
                }
                case VIDEO -> {
                    VideoAnalysis video = video(part.content(), hash(part), seconds, part.clip().fps())
                            .clip(clipStart, clipEnd);
                    return new Evidence(number, part.label(), part.mimeType(), part.sizeBytes(), kind, part.content(),
                            new Evidence.Film(video, seconds, clipStart, Math.min(clipEnd, video.seconds())));
                }
                default -> {
                    Transcript audio = audio(part.content(), hash(part));
                    return new Evidence(number, part.label(), part.mimeType(), part.sizeBytes(), kind, part.content(),
                            new Evidence.Sound(audio, seconds));
                }
            }
        } catch (MediaException e) {
            return failed(number, part, kind, seconds, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Analysing {} failed", part.label(), e);
            return failed(number, part, kind, seconds, "the local engine failed while analysing it (" + e + ")");
        }
    }

    private static Evidence failed(int number, PromptPart.Media part, MediaKind kind, double seconds, String why) {
        return new Evidence(number, part.label(), part.mimeType(), part.sizeBytes(), kind, part.content(),
                new Evidence.Unreadable(why, seconds));
    }

    /** The part's SHA-256: the store's when it came with one, else worked out once here. */
    private static String hash(PromptPart.Media part) {
        return part.sha256() != null && !part.sha256().isBlank() ? part.sha256() : sha256(part.content());
    }

    @Override
    public List<ColourShare> colours(Evidence part, ImageAnalysis analysed, PixelBox box) {
        try {
            double at = part.video() == null ? 0 : part.video().scenes().stream().filter(s -> s.keyFrame() == analysed)
                    .findFirst().orElse(part.video().scenes().get(0)).keyFrameAt();
            BufferedImage picture = part.image() != null ? ImageDecoder.read(part.content())
                    : VideoFrames.frameAt(part.content(), java.time.Duration.ofMillis(Math.round(at * 1000)));
            return RegionColours.of(picture, box);
        } catch (MediaException e) {
            LOG.debug("Colours of {} could not be measured", part.label(), e);
            return List.of();
        }
    }

    @Override
    public ImageAnalysis frameAt(Evidence part, double seconds) throws MediaException {
        return images.analyse(VideoFrames.frameAt(part.content(), java.time.Duration.ofMillis(Math.round(seconds * 1000))));
    }

    ImageAnalysis image(Path file, String sha) throws MediaException {
        String key = "image:" + sha;
        Object known = recent.get(key);
        if (known instanceof ImageAnalysis analysis) {
            return analysis;
        }
        BufferedImage decoded = ImageDecoder.read(file);
        ImageAnalysis analysis = images.analyse(decoded);
        recent.put(key, analysis);
        return analysis;
    }

    /** The speech in an audio file, from the cache when it was recognised before. */
    Transcript audio(Path file, String sha) throws MediaException {
        return once("audio:" + sha, Transcript.class, () -> {
            if (cache != null) {
                var cached = cache.audio(sha);
                if (cached.isPresent()) {
                    return cached.get().transcript();
                }
            }
            Transcript transcript = speech.recognise(file);
            // A recogniser that is missing now may be installed later: only real transcripts are kept.
            if (cache != null && transcript.unavailable() == null) {
                cache.putAudio(sha, new AudioAnalysis(AudioAnalysis.VERSION, transcript));
            }
            return transcript;
        });
    }

    /**
     * The video's analysis at {@code fps} frames per second. Analyses at the default 1 fps are kept
     * as {@code <sha256>.json} (the one made while an upload is PROCESSING); other rates as
     * {@code <sha256>-<fps>fps.json}.
     */
    VideoAnalysis video(Path file, String sha, double secondsHint, double fps) throws MediaException {
        String key = sha + (fps == PromptPart.Clip.DEFAULT_FPS ? ""
                : "-" + java.math.BigDecimal.valueOf(fps).stripTrailingZeros().toPlainString() + "fps");
        return once("video:" + key, VideoAnalysis.class, () -> {
            if (cache != null) {
                var cached = cache.get(key);
                if (cached.isPresent() && cached.get().fps() == fps) {
                    return cached.get();
                }
            }
            VideoAnalysis analysis = videos.analyse(file, secondsHint, fps);
            if (cache != null) {
                cache.put(key, analysis);
            }
            return analysis;
        });
    }

    /** Work that may throw what decoding throws. */
    private interface Analysis<T> {
        T run() throws MediaException;
    }

    /**
     * The remembered result for {@code key}, or the analysis run once: concurrent callers with the
     * same key wait for the first one's result instead of repeating the work.
     */
    private <T> T once(String key, Class<T> type, Analysis<T> analysis) throws MediaException {
        Object known = recent.get(key);
        if (type.isInstance(known)) {
            return type.cast(known);
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> run = runs.putIfAbsent(key, mine);
        if (run == null) {
            try {
                T result = analysis.run();
                recent.put(key, result);
                mine.complete(result);
                return result;
            } catch (MediaException | RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                runs.remove(key, mine);
            }
        }
        try {
            return type.cast(run.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException("The analysis was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MediaException media) {
                throw media;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static String sha256(Path file) {
        try {
            return AnalysisCache.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
