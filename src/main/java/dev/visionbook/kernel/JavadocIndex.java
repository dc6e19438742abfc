package dev.visionbook.kernel;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The helper API's Javadoc at run time, for shift-tab. The build copies the sources of the api and
 * display packages into the jar ({@value #ROOT}); a class's source is parsed with the JDK's own
 * parser when first asked about and its doc comments kept. Shipping sources rather than a
 * generated index keeps the build to one copy step, and the parser the kernel already has (JShell
 * needs it) reads them exactly as javac does.
 *
 * <p>Threading: synchronized; lookups come from the shell thread.
 */
final class JavadocIndex {

    static final String ROOT = "META-INF/visionbook/sources/";
    private static final List<String> PACKAGES = List.of("dev/visionbook/api/", "dev/visionbook/display/");

    // Top-level class name -> doc comments by key, e.g. "type:GenAI", "method:GenAI.model(String)", "field:BoundingBox.SCALE".
    private final Map<String, Map<String, String>> classes = new HashMap<>();

    /** The doc comment (raw, between the comment marks) for a JShell documentation signature. */
    synchronized Optional<String> find(String signature) {
        Signature parsed = Signature.parse(signature);
        if (parsed == null) {
            return Optional.empty();
        }
        for (String topLevel : parsed.topLevelCandidates()) {
            Map<String, String> docs = docsOf(topLevel);
            for (String key : parsed.keys()) {
                String doc = docs.get(key);
                if (doc != null) {
                    return Optional.of(doc);
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, String> docsOf(String topLevel) {
        return classes.computeIfAbsent(topLevel, name -> {
            for (String pkg : PACKAGES) {
                String source = read(ROOT + pkg + name + ".java");
                if (source != null) {
                    return parse(name, source);
                }
            }
            return Map.of();
        });
    }

    private static String read(String resource) {
        try (InputStream in = JavadocIndex.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> parse(String name, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null, List.of(file));
        Map<String, String> docs = new HashMap<>();
        try {
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                new DocScanner(unit, positions, source, docs).scan(unit, null);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return docs;
    }

    /** Records the doc comment before each type, method and field, keyed as {@link Signature} looks them up. */
    private static final class DocScanner extends TreeScanner<Void, String> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final String source;
        private final Map<String, String> docs;

        DocScanner(CompilationUnitTree unit, SourcePositions positions, String source, Map<String, String> docs) {
            this.unit = unit;
            this.positions = positions;
            this.source = source;
            this.docs = docs;
        }

        @Override
        public Void visitClass(ClassTree type, String owner) {
            String name = type.getSimpleName().toString();
            put("type:" + name, type);
            for (Tree member : type.getMembers()) {
                scan(member, name);
            }
            return null;
        }

        @Override
        public Void visitMethod(MethodTree method, String owner) {
            String name = method.getName().contentEquals("<init>") ? owner : method.getName().toString();
            List<String> types = new ArrayList<>();
            method.getParameters().forEach(parameter -> types.add(Signature.simpleType(parameter.getType().toString())));
            put("method:" + owner + "." + name + "(" + String.join(",", types) + ")", method);
            // A looser key by arity, for signatures whose parameter types read differently.
            put("method:" + owner + "." + name + "/" + types.size(), method);
            return null;
        }

        @Override
        public Void visitVariable(VariableTree field, String owner) {
            put("field:" + owner + "." + field.getName(), field);
            return null;
        }

        private void put(String key, Tree tree) {
            String comment = commentBefore((int) positions.getStartPosition(unit, tree));
            if (comment != null) {
                docs.putIfAbsent(key, comment);
            }
        }

        private String commentBefore(int start) {
            int end = start - 1;
            while (end >= 0 && Character.isWhitespace(source.charAt(end))) {
                end--;
            }
            if (end < 1 || source.charAt(end) != '/' || source.charAt(end - 1) != '*') {
                return null;
            }
            int open = source.lastIndexOf("/**", end - 1);
            return open < 0 ? null : source.substring(open + 3, end - 1);
        }
    }
}
