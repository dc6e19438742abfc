package dev.visionbook.wire;

import java.util.Random;
import java.util.Set;

/**
 * One rule of a faults file: a fault, the operations it applies to, and how often: the first
 * {@code count} matching requests (after {@code skip}), or each with probability {@code rate},
 * or every one. Uploads can be narrowed to a MIME type prefix ({@code "video/"}).
 *
 * <p>Threading: {@link #fires} is synchronized; rules are shared by Jetty's threads.
 */
final class FaultRule {

    private final Fault fault;
    private final Set<Operation> operations;
    private final Integer count;
    private final Double rate;
    private final int skip;
    private final String mimeType;
    private final Random random;
    private int seen;
    private int fired;

    FaultRule(Fault fault, Set<Operation> operations, Integer count, Double rate, int skip, String mimeType, long seed) {
        this.fault = fault;
        this.operations = operations;
        this.count = count;
        this.rate = rate;
        this.skip = skip;
        this.mimeType = mimeType;
        this.random = new Random(seed);
    }

    Fault fault() {
        return fault;
    }

    boolean appliesTo(Operation operation) {
        return operations.contains(operation);
    }

    /** Whether this request (of this operation, with this MIME type when known) gets the fault; counts it. */
    synchronized boolean fires(Operation operation, String requestMimeType) {
        if (!operations.contains(operation)) {
            return false;
        }
        if (mimeType != null && (requestMimeType == null || !requestMimeType.startsWith(mimeType))) {
            return false;
        }
        seen++;
        if (seen <= skip) {
            return false;
        }
        boolean fires = count != null ? fired < count : rate == null || random.nextDouble() < rate;
        if (fires) {
            fired++;
        }
        return fires;
    }

    @Override
    public String toString() {
        return fault + " on " + operations + (count != null ? " × " + count : rate != null ? " at rate " + rate : "")
                + (mimeType != null ? " for " + mimeType : "");
    }
}
