package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Header dates to the microsecond, as IPython sends them, so front ends can time cells. */
class MessageStampTest {

    private static final String MICROSECOND_DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    @Test
    void aDateIsWrittenInUtcToTheMicrosecondAndTheRestOfTheMessageIsKept() {
        Message<?> message = new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.BUSY);
        Message<?> stamped = MessageStamp.restamped(message, Instant.parse("2026-12-01T14:18:05.123456789Z"));
        assertEquals("2026-12-01T14:18:05.123456Z", stamped.getHeader().getTimestamp().getDateString());
        assertEquals(message.getHeader().getId(), stamped.getHeader().getId());
        assertEquals(message.getHeader().getType(), stamped.getHeader().getType());
        assertEquals(message.getContent(), stamped.getContent());
        assertEquals("2026-12-01T14:18:00.000000Z",
                MessageStamp.restamped(message, Instant.parse("2026-12-01T14:18:00Z")).getHeader().getTimestamp().getDateString());
    }

    @Test
    void everyMessageOfACellIsDatedToTheMicrosecondInTheOrderSent() {
        JupyterTestClient.Execution execution = kernel.client().execute("Thread.sleep(20); 1 + 1");
        List<JupyterTestClient.Msg> messages = new ArrayList<>(execution.outputs());
        messages.add(execution.reply());
        List<Instant> dates = new ArrayList<>();
        for (JupyterTestClient.Msg message : messages) {
            String date = message.header().path("date").asText();
            assertTrue(date.matches(MICROSECOND_DATE), message.type() + " is dated " + date);
            dates.add(Instant.parse(date));
        }
        assertFalse(dates.isEmpty());
        List<Instant> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "dates in the order the messages were sent");
        // The cell sleeps 20 ms between its input and its result: the dates show it.
        assertTrue(dates.get(dates.size() - 1).toEpochMilli() - dates.get(0).toEpochMilli() >= 20, dates.toString());
    }
}
