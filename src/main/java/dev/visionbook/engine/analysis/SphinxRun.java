package dev.visionbook.engine.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code pocketsphinx_continuous} on one piece of sound, written to a temporary
 * 16-bit mono WAV file: its address space capped with {@code prlimit} (1 GiB), killed after a
 * time limit or when the waiting thread is interrupted, its words timed from the start of the
 * whole sound.
 */
final class SphinxRun {

    private static final long ADDRESS_SPACE = 1L << 30;

    /** Why a piece could not be recognised, in words for the answer. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private SphinxRun() {
    }

    /**
     * Recognises {@code piece}; blocks until the recogniser is done.
     *
     * @throws Failure if the recogniser fails, takes longer than two minutes plus ten times the piece's length, or cannot start
     * @throws InterruptedException if interrupted while waiting; the recogniser is killed
     */
    static List<Utterance> recognise(SpeechPieces.Piece piece, int rate) throws Failure, InterruptedException {
        Path wav = null;
        Path words = null;
        Process process = null;
        try {
            wav = Files.createTempFile("visionbook-speech-", ".wav");
            words = Files.createTempFile("visionbook-speech-", ".txt");
            writeWav(piece.samples(), rate, wav);
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/prlimit"))) {
                command.addAll(List.of("/usr/bin/prlimit", "--as=" + ADDRESS_SPACE, "--"));
            }
            command.addAll(List.of(SpeechRecognizer.BINARY, "-infile", wav.toString(), "-time", "yes",
                    "-logfn", "/dev/null"));
            // Into a file, not a pipe: waiting for the process can be interrupted, reading a pipe cannot.
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(words.toFile()).start();
            double seconds = piece.samples().length / (double) rate;
            // A safety net for a recogniser that hangs, not a speed limit: on a machine busy with
            // other work a piece takes many times its length (10 x was seen with 8 jobs per core).
            long limit = 120 + (long) (10 * seconds);
            if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                throw new Failure("speech recognition took longer than " + limit + " s for " + Math.round(seconds)
                        + " s of sound and was stopped");
            }
            if (process.exitValue() != 0) {
                throw new Failure("speech recognition failed (pocketsphinx exit code " + process.exitValue() + ")");
            }
            return ownWords(SpeechRecognizer.parse(Files.readString(words, StandardCharsets.UTF_8),
                    piece.startSeconds(rate)), piece.ownStartSeconds(rate));
        } catch (IOException e) {
            throw new Failure("speech recognition could not run: " + e.getMessage());
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            deleteQuietly(wav);
            deleteQuietly(words);
        }
    }

    /** The utterances without the words that started before {@code from}, in the piece's context. */
    private static List<Utterance> ownWords(List<Utterance> heard, double from) {
        List<Utterance> own = new ArrayList<>();
        for (Utterance utterance : heard) {
            List<Word> words = utterance.words().stream().filter(word -> word.start() >= from).toList();
            if (!words.isEmpty()) {
                own.add(words.size() == utterance.words().size() ? utterance
                        : new Utterance(words.get(0).start(), words.get(words.size() - 1).end(), words));
            }
        }
        return own;
    }

    /** Writes {@code samples} as a 16-bit mono WAV file. */
    private static void writeWav(short[] samples, int rate, Path wav) throws IOException {
        int data = samples.length * 2;
        ByteBuffer bytes = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(data);
        bytes.asShortBuffer().put(samples);
        try (OutputStream out = Files.newOutputStream(wav)) {
            out.write(bytes.array());
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
