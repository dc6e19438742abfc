/**
 * The local Gemini API over HTTP: one route table for files, uploads (resumable and multipart)
 * and models, API-key auth, and Google's error bodies rendered in one place ({@link
 * dev.visionbook.server.ApiErrors}). Depends on store, engine and media; never on api or kernel.
 */
package dev.visionbook.server;
