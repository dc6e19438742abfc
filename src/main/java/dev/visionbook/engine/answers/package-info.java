/**
 * The writers of the local engine's answers, one per kind of request (describe, boxes, video
 * summary and quiz, moments, transcription, reading text, counting, comparing, and an honest
 * reply to requests that need a language model). They turn measurements from
 * {@code engine.analysis} into Markdown and never claim more than was measured. Depends on
 * {@code engine.analysis} and {@code media} only.
 */
package dev.visionbook.engine.answers;
