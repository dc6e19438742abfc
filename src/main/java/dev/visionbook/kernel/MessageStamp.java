package dev.visionbook.kernel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;

/**
 * The {@code date} of an outgoing message's header, to the microsecond, as IPython writes it
 * ({@code 2026-12-01T14:18:05.123456Z}). The base library writes minutes only
 * ({@code 2026-12-01T14:18+0000}), so a front end that times cells from these dates (JupyterLab's
 * execution time, nbclient's {@code record_timing}) would read every cell as taking 0 or 60 s.
 *
 * <p>Every socket that sends calls {@link #restamped} just before it signs the message.
 */
final class MessageStamp {

    private static final DateTimeFormatter MICROSECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private MessageStamp() {
    }

    /** {@code message} with its header's date set to now, everything else as it was. */
    static Message<?> restamped(Message<?> message) {
        return restamped(message, Instant.now());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Message<?> restamped(Message<?> message, Instant now) {
        Header<?> header = message.getHeader();
        Header stamped = new Header(header.getId(), header.getUsername(), header.getSessionId(),
                new KernelTimestamp(MICROSECONDS.format(now)), header.getType(), header.getVersion());
        return new Message(message.getIdentities(), stamped, message.hasParentHeader() ? message.getParentHeader() : null,
                message.getMetadata(), message.getContent(), message.getBlobs());
    }
}
