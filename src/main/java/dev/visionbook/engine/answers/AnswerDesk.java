package dev.visionbook.engine.answers;

import dev.visionbook.engine.question.Form;
import dev.visionbook.engine.question.Question;
import java.util.List;

/**
 * Hands a question to the writer for its form. A form that needs media the request lacks (a
 * transcript of an image, moments without a video) is answered by the writer that says so.
 * Stateless apart from its probes; thread-safe.
 */
public final class AnswerDesk {

    private final Writer locate = new LocateWriter();
    private final Writer presence = new PresenceWriter();
    private final Writer count = new CountWriter();
    private final Writer colour;
    private final Writer text = new TextWriter();
    private final Writer describe = new DescribeWriter();
    private final Writer measure = new MeasureWriter();
    private final Writer compare = new CompareWriter();
    private final Writer summary = new SummaryWriter();
    private final Writer moments;
    private final Writer transcript = new TranscriptWriter();
    private final Writer decline = new DeclineWriter();

    public AnswerDesk(Regions regions) {
        this.colour = new ColourWriter(regions);
        this.moments = new MomentWriter(regions);
    }

    /**
     * @param question what is asked, see {@code QuestionReader}
     * @param parts the media the question is about, measured
     */
    public Answer answer(Question question, List<Evidence> parts) {
        Form form = question.form();
        boolean video = parts.stream().anyMatch(e -> e.video() != null);
        boolean timed = parts.stream().anyMatch(e -> e.transcript() != null);
        if ((form == Form.SUMMARY || form == Form.SCENES) && !video && !timed) {
            question = question.as(Form.DESCRIBE);
        } else if (form == Form.MOMENTS && !video) {
            question = question.as(timed ? Form.TRANSCRIBE : Form.DESCRIBE);
        } else if (form == Form.COMPARE && parts.size() < 2) {
            question = question.as(Form.DESCRIBE);
        }
        Writer writer = switch (question.form()) {
            case LOCATE, POINT, SEGMENT -> locate;
            case PRESENCE -> presence;
            case COUNT -> count;
            case COLOUR -> colour;
            case READ_TEXT, TRANSLATE -> text;
            case DESCRIBE, CAPTION, IDENTIFY -> describe;
            case SHARPNESS, SIZE -> measure;
            case COMPARE -> compare;
            case SUMMARY, SCENES -> summary;
            case MOMENTS -> moments;
            case TRANSCRIBE -> transcript;
            case CREATIVE, OPEN, ATTRIBUTE -> decline;
        };
        return writer.write(question, parts);
    }
}
