/**
 * The local analysis engine: counts tokens by the service's rules and writes honest Markdown
 * answers from what it measures in the prompt's media. Depends on {@code media} only; never on
 * server, store, api or kernel.
 */
package dev.visionbook.engine;
