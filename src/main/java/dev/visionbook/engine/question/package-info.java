/**
 * Request understanding: what a prompt asks ({@link dev.visionbook.engine.question.Form}), about
 * what ({@link dev.visionbook.engine.question.Subject}, mapped by meaning to what the analyzers
 * can recognise, with WordNet), and how the answer must be shaped
 * ({@link dev.visionbook.engine.question.Style}, from the prompt and the system instruction).
 * Follow-ups take their subject from earlier turns. Depends on nothing of ours but
 * {@code engine.analysis}'s class list; never measures media.
 */
package dev.visionbook.engine.question;
