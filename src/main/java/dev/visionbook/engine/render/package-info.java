/**
 * Renders the engine's typed {@code Answer} once, at the edge: Markdown for people, the engine's
 * natural JSON in JSON mode, or JSON valid against the request's response schema (filled by each
 * field's meaning, with what was not measured reported apart). Depends on {@code engine.answers},
 * {@code engine.question} and Jackson; measures nothing.
 */
package dev.visionbook.engine.render;
