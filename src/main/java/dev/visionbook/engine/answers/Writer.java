package dev.visionbook.engine.answers;

import dev.visionbook.engine.question.Question;
import java.util.List;

/** Builds the answer to one form of question from the measured parts. Writers are peers: none calls another. */
interface Writer {

    Answer write(Question question, List<Evidence> parts);

    /** What the engine can name, for answers that must say it could not name something. */
    String RECOGNISES = Md.RECOGNISES;
}
