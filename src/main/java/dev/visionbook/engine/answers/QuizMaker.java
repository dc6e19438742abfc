package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.Detection;
import dev.visionbook.engine.analysis.Scene;
import dev.visionbook.engine.analysis.TextSpan;
import dev.visionbook.engine.analysis.Utterance;
import dev.visionbook.engine.analysis.VideoAnalysis;
import dev.visionbook.engine.analysis.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A quiz with answer key made by fixed rules from a video's measurements: which text is shown
 * when, what appears in a scene, and fill-in-the-blank lines from the transcript (the longest
 * word of an utterance is blanked). It tests recall of what was shown and said.
 */
final class QuizMaker {

    private static final int MAX_QUESTIONS = 6;
    private static final Set<String> COMMON = Set.of("about", "after", "again", "there", "their", "these", "those",
            "which", "would", "could", "should", "where", "being", "other", "might", "before");

    private final VideoAnalysis video;

    QuizMaker(VideoAnalysis video) {
        this.video = video;
    }

    record Question(String question, String answer) {
    }

    List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        for (TextSpan span : video.text()) {
            if (!span.changing() && span.first().replaceAll("[^\\p{L}]", "").length() >= 3) {
                questions.add(new Question("Which words appear on screen from " + Md.time(span.from()) + " to "
                        + Md.time(span.to()) + "?", span.first()));
            }
        }
        for (Scene s : video.scenes()) {
            // Recognised things first, then named shapes; unnamed outlines and text are not answers.
            List<String> shapes = java.util.stream.Stream.concat(s.keyFrame().ofKind("thing").stream(),
                    s.keyFrame().ofKind("object").stream()).map(Detection::label)
                    .filter(label -> !label.startsWith("text") && !label.endsWith("object")).distinct().toList();
            if (!shapes.isEmpty()) {
                questions.add(new Question("What is shown in the scene from " + Md.time(s.start()) + " to "
                        + Md.time(s.end()) + "?", String.join(", ", shapes)));
            }
        }
        for (Utterance u : video.transcript().utterances()) {
            if (u.words().size() < 4) {
                continue;
            }
            Word blank = u.words().stream().filter(w -> w.text().length() >= 4 && !COMMON.contains(w.text()))
                    .max(Comparator.comparingInt((Word w) -> w.text().length()).thenComparing(w -> -w.start()))
                    .orElse(null);
            if (blank == null) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (Word w : u.words()) {
                line.append(line.length() == 0 ? "" : " ").append(w == blank ? "_____" : w.text());
            }
            questions.add(new Question("Fill in the blank in what is said at " + Md.time(u.start()) + ": \""
                    + line + "\"", blank.text()));
        }
        return questions.size() > MAX_QUESTIONS ? questions.subList(0, MAX_QUESTIONS) : questions;
    }

    /** The quiz as a section: questions, then the answer key. */
    Section section() {
        List<Question> questions = questions();
        if (questions.isEmpty()) {
            return new Section("Quiz", List.of(new Section.Note("Not enough was measured (no on-screen text,"
                    + " recognised things, shapes or speech) to ask about.")));
        }
        return new Section("Quiz (made mechanically from what was shown and said)", List.of(new Section.Quiz(
                questions.stream().map(Question::question).toList(), questions.stream().map(Question::answer).toList())));
    }
}
