/**
 * The local analysis engine, one direction with types at each step: the typed request
 * ({@link dev.visionbook.engine.EngineRequest}) → the question ({@code engine.question}) → the
 * evidence, measured once per content hash ({@code engine.analysis}) → the typed answer
 * ({@code engine.answers}) → rendered once ({@code engine.render}); and token counts by the
 * service's rules. Depends on {@code media} only; never on server, store, api or kernel.
 */
package dev.visionbook.engine;
