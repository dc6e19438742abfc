/**
 * The engine's typed answers ({@link dev.visionbook.engine.answers.Answer}: a lead, details, the
 * facts it rests on) and the writers that build them, one per form of question, as peers that
 * never call each other or measure (a measurement made on request goes through
 * {@link dev.visionbook.engine.answers.Regions}). No Markdown or JSON is written here beyond the
 * formatting of single values ({@link dev.visionbook.engine.answers.Md}). Depends on
 * {@code engine.question}, {@code engine.analysis} and {@code media} only.
 */
package dev.visionbook.engine.answers;
