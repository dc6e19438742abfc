package dev.visionbook.bench;

import dev.visionbook.engine.Samples;
import dev.visionbook.engine.analysis.SpeechRecognizer;
import dev.visionbook.engine.analysis.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speech benchmark (not a test), run by {@code scripts/bench-media}: the word error rate of
 * {@link SpeechRecognizer} on the project's speech samples (the five LibriVox sentences, the
 * slideshow's and the synthetic video's speech) and on longer generated speech, with the time it
 * took as a share of the audio's length.
 *
 * <p>Word error rate: (substitutions + deletions + insertions) / reference words, over words
 * lower-cased with punctuation removed, summed over the samples of a group.
 *
 * <pre>java … dev.visionbook.bench.SpeechBench --media notebooks/media [FILE REFERENCE.txt]...</pre>
 */
public final class SpeechBench {

    private SpeechBench() {
    }

    /** One sample and the words it says. */
    private record Sample(Path file, String reference) {
    }

    public static void main(String[] args) throws Exception {
        Path media = Path.of("notebooks", "media");
        List<Sample> generated = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--media")) {
                media = Path.of(args[++i]);
            } else {
                generated.add(new Sample(Path.of(args[i]), Files.readString(Path.of(args[++i]))));
            }
        }
        SpeechRecognizer recognizer = new SpeechRecognizer();
        if (recognizer.unavailable().isPresent()) {
            System.out.println("speech: " + recognizer.unavailable().get());
            return;
        }
        group("the project's speech samples", recognizer, projectSamples(media));
        if (!generated.isEmpty()) {
            group("generated speech (espeak-ng)", recognizer, generated);
        }
    }

    /**
     * CPU time of this JVM's finished child processes (the recognisers), from /proc/self/stat:
     * independent of how busy the machine is, unlike the wall time.
     */
    private static double childrenCpuSeconds() throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // Fields 16 and 17 of the line (cutime, cstime), counted after the command in parentheses.
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
    }

    private static List<Sample> projectSamples(Path media) throws Exception {
        List<Sample> samples = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(media.resolve("audio/transcription"))) {
            if (line.isBlank()) {
                continue;
            }
            String id = line.substring(line.lastIndexOf('(') + 1, line.lastIndexOf(')'));
            String words = line.substring(0, line.lastIndexOf('(')).replace("<s>", "").replace("</s>", "");
            samples.add(new Sample(media.resolve("audio/" + id + ".wav"), words));
            sentences.add(words);
        }
        samples.add(new Sample(media.resolve("video/slideshow.mp4"), String.join(" ", sentences)));
        samples.add(new Sample(media.resolve("video/synthetic.mp4"), "Hello. A red square is moving to the right."
                + " Now a blue circle appears on the screen. The word JUPITER is written in yellow."));
        return samples;
    }

    private static void group(String title, SpeechRecognizer recognizer, List<Sample> samples) throws Exception {
        long errors = 0;
        long words = 0;
        System.out.println("speech recognition, " + title + ":");
        for (Sample sample : samples) {
            double cpuBefore = childrenCpuSeconds();
            long start = System.nanoTime();
            Transcript transcript = recognizer.recognise(sample.file());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = childrenCpuSeconds() - cpuBefore;
            int reference = Samples.wordCount(sample.reference());
            int distance = (int) Math.round(Samples.wordErrorRate(sample.reference(), transcript.text()) * reference);
            errors += distance;
            words += reference;
            double audio = dev.visionbook.media.VideoProbe.audioDuration(sample.file()).toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "  %-46s WER %5.1f %% (%d/%d)  %6.1f s (%.3f x) for %4.0f s of audio,"
                    + " recogniser CPU %.3f x%s%n",
                    sample.file().getFileName(), 100.0 * distance / reference, distance, reference,
                    seconds, audio > 0 ? seconds / audio : 0, audio, audio > 0 ? cpu / audio : 0,
                    transcript.unavailable() == null ? "" : "  " + transcript.unavailable());
        }
        System.out.printf(Locale.ROOT, "  all: WER %.1f %% (%d errors in %d words)%n", 100.0 * errors / words, errors,
                words);
    }
}
