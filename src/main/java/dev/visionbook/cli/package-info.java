/**
 * The {@code visionbook} command line (picocli): {@code serve}, {@code version}, and later
 * {@code kernel}, {@code install}, {@code run}. Wires the other packages together; nothing
 * depends on it.
 */
package dev.visionbook.cli;
