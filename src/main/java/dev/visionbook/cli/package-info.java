/**
 * The {@code visionbook} command line (picocli): {@code run}, {@code serve}, {@code server}, {@code kernel},
 * {@code install}, {@code version}. Wires the other packages together; nothing
 * depends on it.
 */
package dev.visionbook.cli;
