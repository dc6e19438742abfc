/**
 * The helper API a notebook cell or a jshell line calls: {@link dev.visionbook.api.GenAI},
 * models, uploaded files, responses, bounding boxes and timestamps. Always goes through the
 * official Google Gen AI Java SDK. Depends on display and media, and on server only to start the
 * embedded default, and on wire for faults, recording and replay; never on kernel, store or engine.
 */
package dev.visionbook.api;
