/**
 * The local analysis engine: reads what a prompt asks for, measures its media with the
 * analyzers of {@code engine.analysis} (objects, faces, text, colours, sharpness, scenes,
 * speech), writes honest Markdown answers with the writers of {@code engine.answers}, and counts
 * tokens the way the service does. Depends on {@code media} only; never on server, store, api or
 * kernel.
 */
package dev.visionbook.engine;
