package dev.visionbook.engine.question;

/**
 * How the answer must be shaped, from the prompt's words and the system instruction: "Answer with a
 * single number", "yes or no", "in one sentence", "as bullet points", "in JSON".
 */
public enum Style {
    NUMBER_ONLY, YES_NO, ONE_WORD, ONE_SENTENCE, BULLETS, JSON
}
