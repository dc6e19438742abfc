/**
 * Runs .ipynb notebooks headless with the kernel's JShell evaluator, then writes the executed
 * notebook and a self-contained HTML page of it ({@link dev.visionbook.kernel.runner.HtmlPage}).
 * Depends only on kernel, api and display; never on server, store, engine or media.
 */
package dev.visionbook.kernel.runner;
