package dev.visionbook.engine.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The prompt corpus (src/test/resources/prompts, rules in its README) read by {@link QuestionReader}:
 * each prompt's typed question must have the expected form, every expected subject's target and
 * exactly the expected styles. Reports the share read right in each half and lists the misreadings;
 * the held-out half must never be used to tune the reader's rules.
 */
class CorpusTest {

    /** Shares the reader must reach; the held-out half is allowed a little less, as it was not tuned on. */
    private static final double TUNING_FLOOR = 0.90;
    private static final double HELDOUT_FLOOR = 0.85;

    private static final Path MEDIA = Path.of("notebooks", "media");

    private final List<CorpusPrompt> corpus = CorpusPrompt.load();

    @Test
    void theCorpusIsWellFormedAndSplitByItsFixedRule() {
        assertTrue(corpus.size() >= 170, "at least 170 prompts, found " + corpus.size());
        Set<String> ids = new HashSet<>();
        Map<String, Set<Form>> formsByHalf = new TreeMap<>();
        for (CorpusPrompt prompt : corpus) {
            assertTrue(ids.add(prompt.id()), "ids are unique: " + prompt.id());
            assertEquals(CorpusPrompt.halfOf(prompt.id()), prompt.half(), prompt.id() + " is in the half its id gives");
            formsByHalf.computeIfAbsent(prompt.half(), half -> EnumSet.noneOf(Form.class)).add(prompt.form());
            assertTrue(!prompt.media().isEmpty(), prompt.id() + " carries media");
            for (String path : prompt.media()) {
                assertTrue(Files.isRegularFile(MEDIA.resolve(path)), prompt.id() + ": " + path + " is in notebooks/media");
            }
            if (prompt.wantsSchema()) {
                assertEquals("application/json", prompt.config().path("responseMimeType").asText(),
                        prompt.id() + " asks for JSON");
                assertTrue(prompt.config().has("responseSchema") || prompt.config().has("responseJsonSchema"),
                        prompt.id() + " sends its schema");
            }
        }
        assertEquals(Set.of(CorpusPrompt.TUNING, CorpusPrompt.HELDOUT), formsByHalf.keySet());
        formsByHalf.forEach((half, forms) -> assertEquals(EnumSet.allOf(Form.class), forms,
                "every form is in the " + half + " half"));
    }

    @Test
    void theQuestionReaderReadsEnoughOfEachHalfRight() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        Map<String, int[]> scores = new LinkedHashMap<>();
        Map<Form, int[]> byForm = new TreeMap<>();
        for (String half : List.of(CorpusPrompt.TUNING, CorpusPrompt.HELDOUT)) {
            failures.put(half, new ArrayList<>());
            scores.put(half, new int[2]);
        }
        for (CorpusPrompt prompt : corpus) {
            Question question = QuestionReader.read(prompt.prompt(), prompt.system(), prompt.earlier(),
                    prompt.mediaCounts());
            List<String> mistakes = prompt.mistakesIn(question);
            int[] score = scores.get(prompt.half());
            int[] formScore = byForm.computeIfAbsent(prompt.form(), form -> new int[2]);
            score[1]++;
            formScore[1]++;
            if (mistakes.isEmpty()) {
                score[0]++;
                formScore[0]++;
            } else {
                failures.get(prompt.half()).add(prompt + "\n      expected " + prompt.expected()
                        + "\n      got      " + CorpusPrompt.reading(question) + "\n      (" + String.join("; ", mistakes)
                        + ")");
            }
        }
        System.out.println(report(scores, byForm, failures));
        assertTrue(share(scores.get(CorpusPrompt.TUNING)) >= TUNING_FLOOR,
                "tuning half read right at least " + percent(TUNING_FLOOR));
        assertTrue(share(scores.get(CorpusPrompt.HELDOUT)) >= HELDOUT_FLOOR,
                "held-out half read right at least " + percent(HELDOUT_FLOOR));
    }

    private static String report(Map<String, int[]> scores, Map<Form, int[]> byForm, Map<String, List<String>> failures) {
        StringBuilder out = new StringBuilder("Prompt corpus read by QuestionReader\n");
        scores.forEach((half, score) -> out.append(String.format(Locale.ROOT, "  %-8s %3d / %3d = %s%n", half, score[0],
                score[1], percent(share(score)))));
        out.append("  by form (both halves):");
        byForm.forEach((form, score) -> out.append(' ').append(form).append(' ').append(score[0]).append('/')
                .append(score[1]));
        out.append('\n');
        failures.forEach((half, list) -> {
            if (half.equals(CorpusPrompt.HELDOUT) && !Boolean.getBoolean("corpus.showHeldOut")) {
                // Read the held-out failures only when the rules are final: seeing them invites tuning on them.
                out.append("  misread in the held-out half: ").append(list.size())
                        .append(" (listed with -Dcorpus.showHeldOut=true)\n");
                return;
            }
            out.append("  misread in the ").append(half).append(" half (").append(list.size()).append(')')
                    .append(half.equals(CorpusPrompt.HELDOUT) ? ", for measuring only: do not tune on these" : "")
                    .append(":\n");
            list.forEach(failure -> out.append("    ").append(failure).append('\n'));
        });
        return out.toString();
    }

    private static double share(int[] score) {
        return score[1] == 0 ? 0 : score[0] / (double) score[1];
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
