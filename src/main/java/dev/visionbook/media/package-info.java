/**
 * Media handling for the local Gemini emulator: which MIME types the service accepts, sniffing a
 * file's real type from its bytes, probing images, audio and video (dimensions, durations, and
 * whether the content really decodes), and decoding them into pixels and samples (upright images,
 * video frames, speech-ready PCM). Must not depend on any other {@code dev.visionbook} package.
 */
package dev.visionbook.media;
