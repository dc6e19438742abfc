package dev.visionbook.engine.analysis;

/**
 * What was measured about an audio file, as {@link AnalysisCache} keeps it.
 *
 * @param version {@link #VERSION} when written; older files are analysed again
 * @param transcript the speech recognised
 */
public record AudioAnalysis(int version, Transcript transcript) {

    public static final int VERSION = 1;
}
