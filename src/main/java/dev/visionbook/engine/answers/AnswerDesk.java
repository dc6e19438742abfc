package dev.visionbook.engine.answers;

import dev.visionbook.engine.analysis.ImageAnalyzer;
import java.util.List;

/** Hands a prompt to the writer for its kind of request. Stateless apart from its analyzers; thread-safe. */
public final class AnswerDesk {

    private final MomentWriter moments;

    public AnswerDesk(ImageAnalyzer images) {
        this.moments = new MomentWriter(images);
    }

    /**
     * The Markdown answer.
     *
     * @param intent what the prompt asks for, see {@link Intent#of}
     * @param media the prompt's media parts, measured
     */
    public String answer(Intent intent, List<Evidence> media) {
        return switch (intent.kind()) {
            case BOXES -> new BoxWriter().write(intent, media);
            case TRANSCRIBE -> new TranscriptWriter().write(media);
            case MOMENTS -> moments.write(intent, media);
            case VIDEO_SUMMARY -> new SummaryWriter().write(intent, media);
            case READ_TEXT -> new TextWriter().write(media);
            case COUNT -> new CountWriter().write(intent, media);
            case COMPARE -> new CompareWriter().write(media);
            case CREATIVE -> new DeclineWriter().write(media);
            case DESCRIBE -> describe(intent, media, true);
            case UNKNOWN -> describe(intent, media, false);
        };
    }

    private static String describe(Intent intent, List<Evidence> media, boolean understood) {
        boolean allVideo = media.stream().allMatch(e -> e.video() != null);
        return allVideo && !media.isEmpty() ? new SummaryWriter().write(intent, media)
                : new DescribeWriter().write(media, understood);
    }
}
