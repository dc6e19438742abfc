package dev.visionbook.display;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one shared thread that delivers progress updates held back by throttling. It is a daemon,
 * created on first use, so a program that never throttles never starts it and none keeps the JVM alive.
 */
final class ProgressTimer {

    private ProgressTimer() {
    }

    static void schedule(Runnable task, long delayNanos) {
        Holder.EXECUTOR.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }

    private static final class Holder {
        static final ScheduledExecutorService EXECUTOR = create();

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "visionbook-progress");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }
}
