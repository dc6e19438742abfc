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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns PROCESSING videos and audio into ACTIVE (duration measured) or FAILED (with the
 * decoder's reason). A video is analysed by the engine (scenes, on-screen text, speech) in one
 * pass over its frames that is also the check that it decodes to its end; an audio file is
 * decoded to check it, then its speech recognised. The engine keeps each analysis with the file's
 * bytes, so prompts that use the file are quick.
 *
 * <p>A file deleted while it is processing stops being processed within about half a second, and
 * quietly: nothing is logged and nothing is recorded for it.
 *
 * <p>Threading: as many files at once as there are cores (each uses its thread for decoding and
 * the engine's recogniser processes beside it), on daemon threads; one more thread notices
 * deletions.
 */
final class MediaProcessor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MediaProcessor.class);
    private static final long DELETION_CHECK_MILLIS = 500;

    private final FileStore store;
    private final LocalEngine engine;
    private final ExecutorService workers;
    private final ScheduledExecutorService deletions;
    /** The files being processed or queued, by project and id, with their work. */
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    private record Job(StoredFile file, FutureTask<Void> work) {
    }

    MediaProcessor(FileStore store, LocalEngine engine) {
        this(store, engine, Runtime.getRuntime().availableProcessors());
    }

    /** @param atOnce how many files are processed at the same time */
    MediaProcessor(FileStore store, LocalEngine engine, int atOnce) {
        this.store = store;
        this.engine = engine;
        this.workers = Executors.newFixedThreadPool(Math.max(1, atOnce), daemons("visionbook-media"));
        this.deletions = Executors.newSingleThreadScheduledExecutor(daemons("visionbook-media-deletions"));
        deletions.scheduleWithFixedDelay(this::cancelDeleted, DELETION_CHECK_MILLIS, DELETION_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Queues the files a previous run left PROCESSING. */
    void resume() throws StoreException {
        store.processing().forEach(this::submit);
    }

    void submit(StoredFile file) {
        String key = key(file);
        FutureTask<Void> work = new FutureTask<>(() -> {
            try {
                process(file);
            } finally {
                jobs.remove(key);
            }
            return null;
        });
        jobs.put(key, new Job(file, work));
        workers.execute(work);
    }

    private static String key(StoredFile file) {
        return file.project() + "/" + file.id();
    }

    /** Interrupts the work on files that no longer exist; the work then stops at its next frame. */
    private void cancelDeleted() {
        for (Job job : jobs.values()) {
            if (gone(job.file())) {
                job.work().cancel(true);
                jobs.remove(key(job.file()), job);
            }
        }
    }

    private boolean gone(StoredFile file) {
        try {
            store.get(file.project(), file.id());
            return false;
        } catch (StoreException e) {
            return e.problem() == StoreException.Problem.FILE_NOT_FOUND;
        }
    }

    private void process(StoredFile file) {
        try {
            boolean video = MediaTypes.kindOf(file.mimeType()).orElse(MediaKind.VIDEO) == MediaKind.VIDEO;
            Duration duration = video ? analyseVideo(file) : analyseAudio(file);
            record(file, FileState.ACTIVE, null, duration);
        } catch (MediaException e) {
            record(file, FileState.FAILED, e.getMessage(), null);
        } catch (RuntimeException e) {
            if (!stopped(file)) {
                LOG.error("Processing of {} failed", file.name(), e);
            }
            record(file, FileState.FAILED, "The local server could not decode the file: " + e, null);
        }
    }

    /**
     * The analysis decodes every frame and fails on a video that does not play to its end, so it
     * is the check too. Only if the engine fails for a reason of its own is the video decoded
     * again, just to check it.
     */
    private Duration analyseVideo(StoredFile file) throws MediaException {
        Optional<Duration> stated = VideoProbe.statedDuration(store.content(file));
        try {
            engine.analyseVideo(store.content(file));
        } catch (RuntimeException e) {
            if (stopped(file)) {
                throw e;
            }
            LOG.warn("Analysing {} failed; prompts will analyse it again: {}", file.name(), e.toString());
            return VideoProbe.probe(store.content(file)).duration();
        }
        return stated.isPresent() ? stated.get() : VideoProbe.probe(store.content(file)).duration();
    }

    /** An audio file is checked first: its recognition says why it heard nothing, it does not fail. */
    private Duration analyseAudio(StoredFile file) throws MediaException {
        Duration duration = VideoProbe.audioDuration(store.content(file));
        try {
            engine.analyseAudio(store.content(file));
        } catch (MediaException | RuntimeException e) {
            if (!stopped(file)) {
                LOG.warn("Analysing {} failed; prompts will analyse it again: {}", file.name(), e.toString());
            }
        }
        return duration;
    }

    /** Whether this work was cancelled (the file was deleted) or the server is stopping. */
    private boolean stopped(StoredFile file) {
        return Thread.currentThread().isInterrupted() || gone(file);
    }

    /**
     * Records the outcome, unless the work was stopped: a deleted file has nothing to record, and
     * one interrupted by the server stopping stays PROCESSING, to be resumed at the next start.
     */
    private void record(StoredFile file, FileState state, String errorMessage, Duration duration) {
        if (stopped(file)) {
            return;
        }
        try {
            store.finishProcessing(file, state, errorMessage, duration);
        } catch (StoreException e) {
            LOG.error("Could not record the processing of {}", file.name(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        deletions.shutdownNow();
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
