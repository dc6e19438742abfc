package dev.visionbook.wire;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/** How a chosen request fails, named in a rule's {@code "fault"} field. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "fault")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Fault.ResourceExhausted.class, name = "RESOURCE_EXHAUSTED"),
        @JsonSubTypes.Type(value = Fault.Unavailable.class, name = "UNAVAILABLE"),
        @JsonSubTypes.Type(value = Fault.Internal.class, name = "INTERNAL"),
        @JsonSubTypes.Type(value = Fault.Slow.class, name = "SLOW"),
        @JsonSubTypes.Type(value = Fault.DropConnection.class, name = "DROP_CONNECTION"),
        @JsonSubTypes.Type(value = Fault.StayProcessing.class, name = "STAY_PROCESSING"),
        @JsonSubTypes.Type(value = Fault.EndFailed.class, name = "END_FAILED"),
        @JsonSubTypes.Type(value = Fault.CutStream.class, name = "CUT_STREAM")})
sealed interface Fault {

    /** The operations a rule of this fault applies to when it names none: uploads, streams or prompts. */
    default Set<Operation> defaultOperations() {
        if (this instanceof DropConnection || this instanceof StayProcessing || this instanceof EndFailed) {
            return EnumSet.of(Operation.UPLOAD);
        }
        return this instanceof CutStream ? EnumSet.of(Operation.STREAM_GENERATE_CONTENT)
                : EnumSet.of(Operation.GENERATE_CONTENT, Operation.STREAM_GENERATE_CONTENT, Operation.COUNT_TOKENS);
    }

    /** 429 RESOURCE_EXHAUSTED with the service's QuotaFailure, Help and RetryInfo details. */
    record ResourceExhausted(Integer retryDelaySeconds) implements Fault {
        Duration retryDelay() {
            return Duration.ofSeconds(retryDelaySeconds == null ? 30 : retryDelaySeconds);
        }
    }

    /** 503 UNAVAILABLE, "The model is overloaded." */
    record Unavailable() implements Fault {
    }

    /** 500 INTERNAL. */
    record Internal() implements Fault {
    }

    /** The answer comes after {@code seconds} more. */
    record Slow(double seconds) implements Fault {
    }

    /** An upload chunk's connection drops after {@code afterBytes} of it (half when not given), unanswered. */
    record DropConnection(Long afterBytes) implements Fault {
    }

    /** An uploaded file shows PROCESSING for {@code seconds} after its upload, and cannot be prompted with meanwhile. */
    record StayProcessing(double seconds) implements Fault {
    }

    /** An uploaded file ends FAILED, with {@code message} as its error. */
    record EndFailed(String message) implements Fault {
        String shownMessage() {
            return message == null || message.isBlank() ? "The file could not be processed." : message;
        }
    }

    /** A streamed answer's connection drops after {@code afterChunks} events. */
    record CutStream(int afterChunks) implements Fault {
    }
}
