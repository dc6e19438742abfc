/**
 * Things that show themselves: MIME bundles for a Jupyter kernel or a headless notebook runner,
 * and plain-text or file output for jshell and programs. Owns Markdown, HTML, images, boxed
 * images, tables and progress. Must not depend on any other dev.visionbook package (nor on Jupyter):
 * the kernel and the API depend on it, never the other way round.
 */
package dev.visionbook.display;
