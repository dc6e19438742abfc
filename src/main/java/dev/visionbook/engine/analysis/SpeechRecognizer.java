package dev.visionbook.engine.analysis;

import dev.visionbook.media.AudioSamples;
import dev.visionbook.media.MediaException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech to text with CMU PocketSphinx (Debian packages {@code pocketsphinx} and
 * {@code pocketsphinx-en-us}), run as a separate process so the server's or kernel's JVM never
 * holds the acoustic and language models: its address space is capped with {@code prlimit} (1 GiB)
 * and it is killed after a time limit. The file's sound is first decoded here to a 16 kHz mono WAV
 * in a temporary folder, through FFmpeg.
 *
 * <p>Sphinx4, the Java recogniser, is not published on Maven Central, so the C recogniser of the
 * same project is used instead. Threading: each call runs its own process; calls may overlap.
 */
public final class SpeechRecognizer {

    static final String BINARY = "/usr/bin/pocketsphinx_continuous";
    static final Path MODEL = Path.of("/usr/share/pocketsphinx/model/en-us/en-us");
    private static final int RATE = 16_000;
    private static final Pattern WORD_LINE = Pattern.compile("^(\\S+) (\\d+\\.\\d+) (\\d+\\.\\d+) (\\d+\\.\\d+)$");
    private static final long ADDRESS_SPACE = 1L << 30;

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

    /** A started recognition: the audio is decoded, the recogniser runs in the background. */
    public final class Running {
        private final Process process;
        private final Path wav;
        private final double seconds;
        private final long started;
        private final Transcript failed;

        private Running(Process process, Path wav, double seconds) {
            this.process = process;
            this.wav = wav;
            this.seconds = seconds;
            this.started = System.nanoTime();
            this.failed = null;
        }

        private Running(Transcript failed) {
            this.process = null;
            this.wav = null;
            this.seconds = 0;
            this.started = 0;
            this.failed = failed;
        }

        /** Waits for the recogniser (at most a minute plus three times the audio's length). */
        public Transcript finish() {
            if (failed != null) {
                return failed;
            }
            try {
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                long limit = 60 + (long) (3 * seconds);
                if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Transcript.none("speech recognition took longer than " + limit + " s and was stopped");
                }
                if (process.exitValue() != 0) {
                    return Transcript.none("speech recognition failed (pocketsphinx exit code " + process.exitValue()
                            + ")");
                }
                double elapsed = (System.nanoTime() - started) / 1e9;
                return new Transcript("CMU PocketSphinx 5prealpha, en-us acoustic and language model", parse(out),
                        null, seconds > 0 ? elapsed / seconds : 0);
            } catch (IOException e) {
                return Transcript.none("speech recognition failed: " + e.getMessage());
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                return Transcript.none("speech recognition was interrupted");
            } finally {
                try {
                    Files.deleteIfExists(wav);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans its temp folder
                }
            }
        }
    }

    /** Recognises the speech of an audio or video file, waiting for the result. */
    public Transcript recognise(Path media) {
        return start(media).finish();
    }

    /**
     * Decodes the sound and starts the recogniser in its own process. When there is nothing to
     * recognise or no recogniser, {@link Running#finish()} says why.
     */
    public Running start(Path media) {
        Optional<String> missing = unavailable();
        if (missing.isPresent()) {
            return new Running(Transcript.none(missing.get()));
        }
        Path wav = null;
        try {
            wav = Files.createTempFile("visionbook-speech-", ".wav");
            long samples = writeWav(media, wav);
            if (samples == 0) {
                Files.deleteIfExists(wav);
                return new Running(Transcript.none("the file has no sound to transcribe"));
            }
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/prlimit"))) {
                command.addAll(List.of("/usr/bin/prlimit", "--as=" + ADDRESS_SPACE, "--"));
            }
            command.addAll(List.of(BINARY, "-infile", wav.toString(), "-time", "yes", "-logfn", "/dev/null"));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new Running(process, wav, samples / (double) RATE);
        } catch (MediaException e) {
            deleteQuietly(wav);
            return new Running(Transcript.none(e.getMessage().contains("audio stream")
                    ? "the file has no audio track" : "its sound could not be decoded: " + e.getMessage()));
        } catch (IOException e) {
            deleteQuietly(wav);
            return new Running(Transcript.none("speech recognition could not start: " + e.getMessage()));
        }
    }

    static List<Utterance> parse(String output) {
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
            words.add(new Word(token.replaceAll("\\(\\d+\\)$", ""), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3))));
        }
        if (!words.isEmpty()) {
            utterances.add(utterance(words));
        }
        return List.copyOf(utterances);
    }

    private static Utterance utterance(List<Word> words) {
        return new Utterance(words.get(0).start(), words.get(words.size() - 1).end(), List.copyOf(words));
    }

    /** Writes the sound as 16 kHz mono 16-bit WAV; returns the number of samples. */
    private static long writeWav(Path media, Path wav) throws MediaException, IOException {
        try (RandomAccessFile out = new RandomAccessFile(wav.toFile(), "rw")) {
            out.write(new byte[44]);
            long[] count = {0};
            AudioSamples.eachChunk(media, RATE, (start, samples) -> {
                ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asShortBuffer().put(samples);
                try {
                    out.write(bytes.array());
                } catch (IOException e) {
                    throw new MediaException("The sound could not be written to a temporary file.", e);
                }
                count[0] += samples.length;
            });
            ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
            long data = count[0] * 2;
            header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + data))
                    .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                    .putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2)
                    .putShort((short) 2).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                    .putInt((int) data);
            out.seek(0);
            out.write(header.array());
            return count[0];
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
    }
}
