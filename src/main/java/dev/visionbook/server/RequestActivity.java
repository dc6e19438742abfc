package dev.visionbook.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Requests in flight and when the last one ended: what a server shared by many kernels reads to
 * decide that it has been idle long enough to stop. Threading: Jetty's request threads call
 * {@link #begin()} and {@link #end()}; any thread reads {@link #idleFor()}.
 */
final class RequestActivity {

    private final Clock clock;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<Instant> lastEnded;

    RequestActivity(Clock clock) {
        this.clock = clock;
        this.lastEnded = new AtomicReference<>(clock.instant());
    }

    void begin() {
        inFlight.incrementAndGet();
    }

    void end() {
        lastEnded.set(clock.instant());
        inFlight.updateAndGet(count -> Math.max(0, count - 1));
    }

    /** Zero while a request is in flight, else the time since the last one ended (or since the start). */
    Duration idleFor() {
        if (inFlight.get() > 0) {
            return Duration.ZERO;
        }
        Duration idle = Duration.between(lastEnded.get(), clock.instant());
        return idle.isNegative() ? Duration.ZERO : idle;
    }
}
