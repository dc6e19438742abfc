package dev.visionbook.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution, keeping the value object of each snippet run, not only the text
 * JShell makes of it, so a cell's last value can show itself as Markdown, an image or a table.
 *
 * <p>It hands JShell a method of its own to run in place of the snippet's, which runs the snippet's
 * and keeps what it returns. Stopping, class loading and threads stay JShell's: on Java 17 a stop
 * ends the snippet's thread, on 21 and later the snippet's code checks for a stop at each loop.
 *
 * <p>Threading: JShell runs each snippet on a new thread started from the thread that called
 * {@code eval}; the hand-over travels in an inheritable thread-local, so kernels in one JVM never
 * see each other's values.
 */
final class ValueCapturingControl extends LocalExecutionControl {

    /** What one snippet run returned. */
    static final class Slot {
        private final Method snippet;
        private volatile Object value;
        private volatile boolean returned;

        private Slot(Method snippet) {
            this.snippet = snippet;
        }

        boolean returned() {
            return returned;
        }

        Object value() {
            return value;
        }
    }

    private static final InheritableThreadLocal<Slot> CURRENT = new InheritableThreadLocal<>();
    private static final Method RUN_AND_KEEP;

    static {
        try {
            RUN_AND_KEEP = ValueCapturingControl.class.getDeclaredMethod("runAndKeep");
            // JShell's own module calls it by reflection; this class need not be public for that.
            RUN_AND_KEEP.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Slot last = new Slot(null);

    @Override
    protected String invoke(Method snippet) throws Exception {
        Slot slot = new Slot(snippet);
        last = slot;
        CURRENT.set(slot);
        try {
            return super.invoke(RUN_AND_KEEP);
        } finally {
            CURRENT.remove();
        }
    }

    @SuppressWarnings("unused")
    private static Object runAndKeep() throws Throwable {
        Slot slot = CURRENT.get();
        try {
            Object value = slot.snippet.invoke(null);
            slot.value = value;
            slot.returned = true;
            return value;
        } catch (InvocationTargetException e) {
            // JShell expects the snippet's own exception wrapped once, as if it had called it itself.
            throw e.getCause();
        }
    }

    /** The slot of the last snippet run. */
    Slot lastRun() {
        return last;
    }

    /** Creates the control for JShell and remembers it, so the kernel can read the values it keeps. */
    static final class Provider implements ExecutionControlProvider {

        private volatile ValueCapturingControl control;

        @Override
        public String name() {
            return "visionbook-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            ValueCapturingControl created = new ValueCapturingControl();
            control = created;
            return created;
        }

        ValueCapturingControl control() {
            return control;
        }
    }
}
