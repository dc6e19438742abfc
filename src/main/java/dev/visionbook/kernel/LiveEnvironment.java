package dev.visionbook.kernel;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Sets an environment variable of the running JVM, so {@code System.getenv} (and so the helper API
 * choosing its backend) and processes started later see it, as {@code %env} does in IPython.
 *
 * <p>Java offers no way to do this; it writes into the map behind {@code System.getenv()}, which
 * the JVM lets us do only when started with {@code --add-opens=java.base/java.util=ALL-UNNAMED}
 * (the installed kernelspec passes it). Without it, {@link #set} says no and the caller tells the
 * user.
 */
final class LiveEnvironment {

    private LiveEnvironment() {
    }

    /** Sets the variable; false when the JVM does not allow it. */
    static boolean set(String name, String value) {
        try {
            Map<String, String> environment = System.getenv();
            Field inner = environment.getClass().getDeclaredField("m");
            inner.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, String> writable = (Map<String, String>) inner.get(environment);
            writable.put(name, value);
            return value.equals(System.getenv(name));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
