package dev.visionbook.server;

import dev.visionbook.engine.LocalEngine;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.MediaKind;
import dev.visionbook.media.MediaTypes;
import dev.visionbook.media.VideoProbe;
import dev.visionbook.store.FileState;
import dev.visionbook.store.FileStore;
import dev.visionbook.store.StoreException;
import dev.visionbook.store.StoredFile;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns PROCESSING videos and audio into ACTIVE (duration measured) or FAILED (with the
 * decoder's reason). A video is also analysed by the engine (scenes, on-screen text, speech), and
 * an audio file's speech recognised, before it becomes ACTIVE; the engine keeps that analysis with
 * the file's bytes, so prompts that use the file are quick. Threading: a small pool of daemon threads; decoding is CPU-bound, so it
 * never uses more than half the cores.
 */
final class MediaProcessor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MediaProcessor.class);

    private final FileStore store;
    private final LocalEngine engine;
    private final ExecutorService workers;

    MediaProcessor(FileStore store, LocalEngine engine) {
        this.store = store;
        this.engine = engine;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "visionbook-media-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues the files a previous run left PROCESSING. */
    void resume() throws StoreException {
        store.processing().forEach(this::submit);
    }

    void submit(StoredFile file) {
        workers.execute(() -> process(file));
    }

    private void process(StoredFile file) {
        try {
            try {
                boolean video = MediaTypes.kindOf(file.mimeType()).orElse(MediaKind.VIDEO) == MediaKind.VIDEO;
                Duration duration = video
                        ? VideoProbe.probe(store.content(file)).duration()
                        : VideoProbe.audioDuration(store.content(file));
                analyse(file, video, duration);
                store.finishProcessing(file, FileState.ACTIVE, null, duration);
            } catch (MediaException e) {
                store.finishProcessing(file, FileState.FAILED, e.getMessage(), null);
            } catch (RuntimeException e) {
                LOG.error("Processing of {} failed", file.name(), e);
                store.finishProcessing(file, FileState.FAILED, "The local server could not decode the file: " + e, null);
            }
        } catch (StoreException e) {
            LOG.error("Could not record the processing of {}", file.name(), e);
        }
    }

    /** An analysis that fails does not fail the file: it decoded, and prompts will try again. */
    private void analyse(StoredFile file, boolean video, Duration duration) {
        try {
            if (video) {
                engine.analyseVideo(store.content(file), file.sha256Hex(), duration);
            } else {
                engine.analyseAudio(store.content(file), file.sha256Hex());
            }
        } catch (MediaException | RuntimeException e) {
            LOG.warn("Analysing {} failed; prompts will analyse it again: {}", file.name(), e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
