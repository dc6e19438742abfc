/**
 * What passes over HTTP between an SDK and a Gemini API backend, taken in hand on loopback:
 * recorded to a cassette (one JSON line per exchange, no key, no file bytes), replayed from one,
 * or broken on purpose by fault rules. Depends on nothing of ours: it speaks HTTP to whatever
 * backend it is given (the real service, a {@code visionbook serve}, the embedded server).
 */
package dev.visionbook.wire;
