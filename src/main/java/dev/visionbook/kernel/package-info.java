/**
 * The Jupyter kernel: JShell running in the kernel's own JVM (so cells share objects with it), the
 * preload that makes {@code genai} and the display helpers ready, rendering of values as MIME
 * bundles, magics ({@code %gemini} chooses genai's backend), completion, inspection, the kernelspec
 * and the class-data archive that makes later kernels start sooner. Built on jjava-jupyter
 * ({@code org.dflib.jjava}), the maintained fork of jupyter-jvm-basekernel: Java 11 bytecode,
 * SLF4J logging, current Gson and JeroMQ, so it runs cleanly on Java 17 and 21+, while the
 * original 2.3.0 (2019) is Java 8 bytecode with Gson 2.8 and JeroMQ 0.5. Depends only on api and
 * display; never on server, store, engine or media.
 */
package dev.visionbook.kernel;
