package dev.visionbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.engine.analysis.ImageAnalyzer;
import dev.visionbook.engine.question.QuestionReader;
import dev.visionbook.media.ImageDecoder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Request understanding's cost (a benchmark, not a test): opening WordNet, the first question,
 * the time per question over the prompt corpus (warm), the heap it keeps, and, beside it in the
 * same run, the analysis of one photo, so the ratio says what share of a prompt's time reading the
 * question takes.
 *
 * <pre>scripts/bench-questions</pre>
 */
public final class QuestionBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "src/test/resources/prompts/corpus.jsonl");
        Path photo = Path.of(args.length > 1 ? args[1] : "notebooks/media/photos/astronaut.png");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> prompts = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            if (!line.isBlank()) {
                prompts.add(json.readTree(line));
            }
        }
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        read(prompts.get(0));
        double firstMs = (System.nanoTime() - t0) / 1e6;
        for (JsonNode p : prompts) {
            read(p); // every word's senses looked up once
        }
        int passes = 5;
        long t1 = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            for (JsonNode p : prompts) {
                read(p);
            }
        }
        double perPromptMs = (System.nanoTime() - t1) / 1e6 / (passes * prompts.size());
        long heapAfter = usedHeap();

        ImageAnalyzer images = new ImageAnalyzer();
        BufferedImage picture = ImageDecoder.read(photo);
        images.analyse(picture);
        long t2 = System.nanoTime();
        int runs = 5;
        for (int i = 0; i < runs; i++) {
            images.analyse(picture);
        }
        double imageMs = (System.nanoTime() - t2) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "question reading: first question (opens WordNet) %.0f ms; warm %.2f ms per"
                        + " question over %d prompts; heap kept %d MB%n", firstMs, perPromptMs, prompts.size(),
                (heapAfter - heapBefore) >> 20);
        System.out.printf(Locale.ROOT, "beside it: analysing %s %.1f ms; reading a question is %.3f of that%n",
                photo.getFileName(), imageMs, perPromptMs / imageMs);
    }

    private static void read(JsonNode p) {
        List<String> earlier = new ArrayList<>();
        p.path("earlier").forEach(e -> earlier.add(e.asText()));
        int videos = 0;
        int audios = 0;
        int images = 0;
        for (JsonNode m : p.path("media")) {
            String path = m.asText();
            if (path.startsWith("video/")) {
                videos++;
            } else if (path.startsWith("audio/")) {
                audios++;
            } else {
                images++;
            }
        }
        QuestionReader.read(p.path("prompt").asText(), p.path("system").asText(""), earlier,
                QuestionReader.Media.of(images, videos, audios));
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
