/**
 * The analyzers of the local engine: objects on plain backgrounds, faces (OpenCV cascades), text
 * (Tesseract), colours, sharpness, and for videos scene cuts, on-screen text and speech. They
 * measure; they never guess what they cannot see. Depends only on {@code media}; never on
 * server, store, api or kernel, nor on {@code engine.answers}.
 */
package dev.visionbook.engine.analysis;
