package dev.visionbook.kernel;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Orders member completions as a reader wants them: the type's own members first, those that fit
 * the expected type ahead, and {@code java.lang.Object}'s methods ({@code wait}, {@code notify},
 * {@code getClass}…) only when asked for by a typed prefix, and then last. A method the type
 * overrides ({@code toString} of a record, say) counts as its own.
 */
final class MemberRanking {

    private static final Set<String> OBJECT_METHODS = Stream.of(Object.class.getMethods())
            .map(Method::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private MemberRanking() {
    }

    /**
     * @param suggestions JShell's suggestions, in its order
     * @param typed what the user typed of the name so far (empty right after the dot)
     * @param receiver the class of the expression before the dot, when it can be loaded
     */
    static List<String> rank(List<SourceCodeAnalysis.Suggestion> suggestions, String typed, Class<?> receiver) {
        Set<String> own = new LinkedHashSet<>();
        Set<String> fitting = new LinkedHashSet<>();
        Set<String> objects = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion suggestion : suggestions) {
            String text = suggestion.continuation();
            if (isObjectsOwn(text, receiver)) {
                objects.add(text);
            } else if (suggestion.matchesType()) {
                fitting.add(text);
            } else {
                own.add(text);
            }
        }
        List<String> ranked = new ArrayList<>(fitting);
        own.stream().filter(text -> !fitting.contains(text)).forEach(ranked::add);
        if (!typed.isEmpty()) {
            objects.stream().filter(text -> !ranked.contains(text)).forEach(ranked::add);
        }
        return ranked;
    }

    /** A method of Object's that the receiver does not declare again itself. */
    private static boolean isObjectsOwn(String continuation, Class<?> receiver) {
        int paren = continuation.indexOf('(');
        String name = paren >= 0 ? continuation.substring(0, paren) : continuation;
        if (paren < 0 || !OBJECT_METHODS.contains(name)) {
            return false;
        }
        if (receiver == null) {
            return true;
        }
        for (Class<?> type = receiver; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    return false;
                }
            }
        }
        return true;
    }
}
