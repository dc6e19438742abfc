package dev.visionbook.engine.analysis;

import dev.visionbook.media.AudioSamples;
import dev.visionbook.media.MediaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech to text with CMU PocketSphinx (Debian packages {@code pocketsphinx} and
 * {@code pocketsphinx-en-us}), run as separate processes so the server's or kernel's JVM never
 * holds the acoustic and language models.
 *
 * <p>The sound is decoded through FFmpeg to 16 kHz mono on a background thread and cut at pauses
 * into pieces of 20 to 40 s, each with the 4 s before it ({@link SpeechPieces}); each piece is
 * recognised by its own process
 * ({@link SphinxRun}) as soon as it is decoded, as many at once as the machine has cores, so a
 * long soundtrack uses every core and costs the same per second as a short one. Word times are
 * from the start of the sound.
 *
 * <p>Sphinx4, the Java recogniser, is not published on Maven Central, so the C recogniser of the
 * same project is used instead. Threading: calls may overlap; the pieces of all of them share the
 * one limit on processes running at once.
 */
public final class SpeechRecognizer {

    static final String BINARY = "/usr/bin/pocketsphinx_continuous";
    static final Path MODEL = Path.of("/usr/share/pocketsphinx/model/en-us/en-us");
    static final int RATE = 16_000;
    private static final String NAME = "CMU PocketSphinx 5prealpha, en-us acoustic and language model";
    private static final Pattern WORD_LINE = Pattern.compile("^(\\S+) (\\d+\\.\\d+) (\\d+\\.\\d+) (\\d+\\.\\d+)$");

    private final ExecutorService recognisers;
    private final ExecutorService decoders;

    /** A recogniser that runs as many pieces at once as the machine has cores. */
    public SpeechRecognizer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param atOnce how many recogniser processes may run at the same time, at least 1 */
    public SpeechRecognizer(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("At least one recogniser must be allowed to run: " + atOnce);
        }
        this.recognisers = Executors.newFixedThreadPool(atOnce, daemons("visionbook-speech"));
        this.decoders = Executors.newCachedThreadPool(daemons("visionbook-speech-decoder"));
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Why speech cannot be recognised here, or empty when it can. */
    public Optional<String> unavailable() {
        if (!Files.isExecutable(Path.of(BINARY))) {
            return Optional.of("speech recognition is not available: " + BINARY + " was not found; install the"
                    + " Debian packages pocketsphinx and pocketsphinx-en-us");
        }
        if (!Files.isDirectory(MODEL)) {
            return Optional.of("speech recognition is not available: the English model " + MODEL
                    + " was not found; install the Debian package pocketsphinx-en-us");
        }
        return Optional.empty();
    }

    /** A started recognition: decoding and recognition go on in the background until {@link #finish()}. */
    public final class Running {
        private final long started = System.nanoTime();
        private final String unavailable;
        private final Future<Long> decoded;
        private final List<Future<List<Utterance>>> pieces = new ArrayList<>();
        private volatile boolean cancelled;

        private Running(Path media, String unavailable) {
            this.unavailable = unavailable;
            this.decoded = unavailable == null ? decoders.submit(() -> decode(media)) : null;
        }

        /**
         * Runs on a decoder thread: cuts the sound into pieces and queues each for recognition as
         * soon as it is cut. Returns the number of samples.
         */
        private long decode(Path media) throws MediaException {
            SpeechPieces cutter = new SpeechPieces(RATE, piece -> {
                synchronized (pieces) {
                    if (!cancelled) {
                        pieces.add(recognisers.submit(() -> SphinxRun.recognise(piece, RATE)));
                    }
                }
            });
            long[] samples = {0};
            AudioSamples.eachChunk(media, RATE, (start, chunk) -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new MediaException("The recognition was cancelled.");
                }
                samples[0] += chunk.length;
                cutter.add(chunk);
            });
            cutter.finish();
            return samples[0];
        }

        /** Waits for every piece and joins their words, or says why there are none. */
        public Transcript finish() {
            if (unavailable != null) {
                return Transcript.none(unavailable);
            }
            try {
                long samples = decoded.get();
                if (samples == 0) {
                    return Transcript.none("the file has no sound to transcribe");
                }
                List<Future<List<Utterance>>> all;
                synchronized (pieces) {
                    all = List.copyOf(pieces);
                }
                List<Utterance> utterances = new ArrayList<>();
                for (Future<List<Utterance>> piece : all) {
                    utterances.addAll(piece.get());
                }
                double elapsed = (System.nanoTime() - started) / 1e9;
                return new Transcript(NAME, List.copyOf(utterances), null, elapsed / (samples / (double) RATE));
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
                return Transcript.none("speech recognition was interrupted");
            } catch (ExecutionException e) {
                cancel();
                return Transcript.none(why(e.getCause()));
            }
        }

        /** Stops decoding and every piece not yet recognised (their processes are killed). */
        public void cancel() {
            if (decoded == null) {
                return;
            }
            decoded.cancel(true);
            synchronized (pieces) {
                cancelled = true;
                pieces.forEach(piece -> piece.cancel(true));
            }
        }

        private static String why(Throwable cause) {
            if (cause instanceof MediaException media) {
                return media.getMessage().contains("audio stream") ? "the file has no audio track"
                        : "its sound could not be decoded: " + media.getMessage();
            }
            if (cause instanceof SphinxRun.Failure failure) {
                return failure.getMessage();
            }
            return "speech recognition failed: " + cause;
        }
    }

    /** Recognises the speech of an audio or video file, waiting for the result. */
    public Transcript recognise(Path media) {
        return start(media).finish();
    }

    /**
     * Starts decoding the sound and recognising it piece by piece, in the background; {@link
     * Running#finish()} waits for the words, or says why there are none.
     */
    public Running start(Path media) {
        return new Running(media, unavailable().orElse(null));
    }

    static List<Utterance> parse(String output, double offsetSeconds) {
        List<Utterance> utterances = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = WORD_LINE.matcher(line.strip());
            if (!m.matches()) {
                if (!words.isEmpty()) {
                    utterances.add(utterance(words));
                    words = new ArrayList<>();
                }
                continue;
            }
            String token = m.group(1);
            if (token.startsWith("<") || token.startsWith("[") || token.startsWith("++")) {
                continue;
            }
            words.add(new Word(token.replaceAll("\\(\\d+\\)$", ""), offsetSeconds + Double.parseDouble(m.group(2)),
                    offsetSeconds + Double.parseDouble(m.group(3))));
        }
        if (!words.isEmpty()) {
            utterances.add(utterance(words));
        }
        return List.copyOf(utterances);
    }

    private static Utterance utterance(List<Word> words) {
        return new Utterance(words.get(0).start(), words.get(words.size() - 1).end(), List.copyOf(words));
    }
}
