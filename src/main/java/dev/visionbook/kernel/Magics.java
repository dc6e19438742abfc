package dev.visionbook.kernel;

import dev.visionbook.display.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The kernel's magics: {@code %maven}, {@code %load}, {@code %env}, {@code %gemini}, {@code %lsmagic} and
 * {@code %%markdown}. They run on the shell thread while the cell's streams are in place, so what
 * they print lands in the cell.
 */
final class Magics {

    /** Line magics and what they do, for {@code %lsmagic} and completion. */
    static final Map<String, String> LINE = ordered(
            "env", "%env NAME=value sets an environment variable; %env NAME shows one; %env lists them",
            "gemini", GeminiMagic.HELP,
            "load", "%load FILE.jsh runs the Java code and magics in a file",
            "lsmagic", "%lsmagic lists the magics",
            "maven", "%maven group:artifact:version adds a library and its dependencies from Maven Central");

    /** Cell magics and what they do. */
    static final Map<String, String> CELL = ordered("markdown", "%%markdown shows the rest of the cell as Markdown");

    private static final int MAX_LOAD_DEPTH = 8;
    private static final List<String> SECRET_WORDS = List.of("KEY", "TOKEN", "SECRET", "PASSWORD");

    private final MavenResolver maven;
    private final Consumer<String> addToClasspath;
    private final BiFunction<String, Integer, LastValue> runLoaded;
    private final Map<String, String> unsetInJvm = new TreeMap<>();

    /**
     * @param runLoaded runs the text of a loaded file at the given depth of {@code %load}s
     */
    Magics(MavenResolver maven, Consumer<String> addToClasspath, BiFunction<String, Integer, LastValue> runLoaded) {
        this.maven = maven;
        this.addToClasspath = addToClasspath;
        this.runLoaded = runLoaded;
    }

    LastValue runLine(CellParts.Magic magic, int loadDepth) {
        switch (magic.name()) {
            case "maven":
                return mavenMagic(magic.arguments());
            case "load":
                return load(magic.arguments(), loadDepth);
            case "env":
                return env(magic.arguments());
            case "gemini":
                return new GeminiMagic(code -> runLoaded.apply(code, loadDepth + 1)).apply(magic.arguments());
            case "lsmagic":
                System.out.println(list());
                return LastValue.NONE;
            default:
                if (CELL.containsKey(magic.name())) {
                    throw new MagicException("%%" + magic.name() + " is a cell magic: put it on the cell's first line.");
                }
                throw new MagicException("There is no magic %" + magic.name() + ". " + known());
        }
    }

    LastValue runCell(CellParts.Magic magic) {
        if (magic.name().equals("markdown")) {
            return LastValue.of(Markdown.of(magic.body()));
        }
        if (LINE.containsKey(magic.name())) {
            throw new MagicException("%" + magic.name() + " is a line magic: write it with one %.");
        }
        throw new MagicException("There is no cell magic %%" + magic.name() + ". " + known());
    }

    private LastValue mavenMagic(String arguments) {
        List<String> coordinates = Arrays.stream(arguments.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
        if (coordinates.isEmpty()) {
            throw new MagicException("Give the library as group:artifact:version, for example"
                    + " %maven org.apache.commons:commons-lang3:3.17.0");
        }
        List<Path> jars = maven.resolve(coordinates);
        for (Path jar : jars) {
            addToClasspath.accept(jar.toString());
        }
        System.out.println("Added to the class path: " + jars.stream().map(jar -> jar.getFileName().toString())
                .collect(Collectors.joining(", ")));
        return LastValue.NONE;
    }

    private LastValue load(String arguments, int depth) {
        if (arguments.isBlank()) {
            throw new MagicException("Give the file to run, for example %load setup.jsh");
        }
        if (depth >= MAX_LOAD_DEPTH) {
            throw new MagicException("%load goes more than " + MAX_LOAD_DEPTH + " files deep: do the files load each other?");
        }
        String name = unquote(arguments);
        Path file = name.startsWith("~/") ? Path.of(System.getProperty("user.home"), name.substring(2)) : Path.of(name);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new MagicException("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage()
                    + ". Paths are relative to the notebook's folder.", e);
        }
        return runLoaded.apply(text, depth + 1);
    }

    private LastValue env(String arguments) {
        if (arguments.isBlank()) {
            Map<String, String> all = new TreeMap<>(System.getenv());
            all.putAll(unsetInJvm);
            all.forEach((name, value) -> System.out.println(name + "=" + shown(name, value)));
            return LastValue.NONE;
        }
        int equals = arguments.indexOf('=');
        String[] words = arguments.split("\\s+", 2);
        String name = equals >= 0 ? arguments.substring(0, equals).strip() : words[0];
        if (equals < 0 && words.length == 1) {
            String value = unsetInJvm.getOrDefault(name, System.getenv(name));
            System.out.println(value == null ? name + " is not set" : value);
            return LastValue.NONE;
        }
        String value = unquote(equals >= 0 ? arguments.substring(equals + 1).strip() : words[1].strip());
        if (name.isEmpty() || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new MagicException("\"" + name + "\" is not a variable name: write %env NAME=value");
        }
        if (LiveEnvironment.set(name, value)) {
            unsetInJvm.remove(name);
            System.out.println("env: " + name + "=" + shown(name, value));
        } else {
            unsetInJvm.put(name, value);
            System.out.println("env: " + name + "=" + shown(name, value) + " (for %env only: this JVM does not let"
                    + " Java code see new variables; install the kernel with `visionbook install`, which allows it)");
        }
        return LastValue.NONE;
    }

    static String list() {
        StringBuilder text = new StringBuilder("Line magics:\n");
        LINE.values().forEach(help -> text.append("  ").append(help).append('\n'));
        text.append("Cell magics:\n");
        CELL.values().forEach(help -> text.append("  ").append(help).append('\n'));
        return text.toString().stripTrailing();
    }

    private static String known() {
        return "Known: " + LINE.keySet().stream().map(name -> "%" + name).collect(Collectors.joining(", "))
                + ", " + CELL.keySet().stream().map(name -> "%%" + name).collect(Collectors.joining(", ")) + ".";
    }

    /** Values of variables that look like secrets stay out of notebooks, which get shared. */
    private static String shown(String name, String value) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(upper::contains) ? "<hidden>" : value;
    }

    private static String unquote(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                || stripped.startsWith("'") && stripped.endsWith("'"))) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    private static Map<String, String> ordered(String... namesAndHelp) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndHelp.length; i += 2) {
            map.put(namesAndHelp[i], namesAndHelp[i + 1]);
        }
        return map;
    }
}
