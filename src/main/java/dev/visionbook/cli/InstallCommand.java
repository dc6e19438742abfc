package dev.visionbook.cli;

import dev.visionbook.kernel.KernelSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code visionbook install}: writes the kernelspec so Jupyter lists "Java (visionbook)". */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Install the Jupyter kernelspec \"Java (visionbook)\" (for this user unless told otherwise).")
final class InstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Where where = new Where();

    static final class Where {
        @Option(names = "--user", description = "For this user (the default).")
        boolean user;

        @Option(names = "--sys-prefix", description = "Into the Python environment Jupyter runs in (sys.prefix).")
        boolean sysPrefix;

        @Option(names = "--prefix", paramLabel = "DIR", description = "Into DIR/share/jupyter/kernels.")
        Path prefix;
    }

    @Option(names = "--name", paramLabel = "N", defaultValue = KernelSpec.DEFAULT_NAME,
            description = "The kernel's name in Jupyter (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--jar", paramLabel = "FILE", description = "The visionbook.jar the kernel runs (default: this one).")
    Path jar;

    @Override
    public Integer call() throws IOException {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new ParameterException(spec.commandLine(), "--name may use letters, digits, '.', '_' and '-' only, not \"" + name + "\".");
        }
        Path kernelJar = jar != null ? jar : runningJar();
        Path java = Path.of(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Path folder = where.prefix != null ? KernelSpec.prefixKernelsFolder(where.prefix)
                : where.sysPrefix ? KernelSpec.prefixKernelsFolder(sysPrefix())
                : KernelSpec.userKernelsFolder(System.getenv());
        Path kernelJson = KernelSpec.write(folder.resolve(name), java, kernelJar);
        System.out.println("Installed the kernelspec \"Java (visionbook)\" as " + name + " in " + kernelJson.getParent());
        System.out.println("It runs " + kernelJar.toAbsolutePath() + " with " + java + "; `jupyter kernelspec list` shows it.");
        return 0;
    }

    private Path runningJar() {
        try {
            Path location = Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
                return location;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the message below
        }
        throw new ParameterException(spec.commandLine(), "install needs visionbook.jar: build it with `mvn package`"
                + " and run `java -jar target/visionbook.jar install`, or give --jar FILE.");
    }

    /** Python's sys.prefix: from an active conda or virtual environment, else from python3 itself. */
    private Path sysPrefix() throws IOException {
        Map<String, String> environment = System.getenv();
        for (String variable : new String[] {"CONDA_PREFIX", "VIRTUAL_ENV"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        try {
            Process python = new ProcessBuilder("python3", "-c", "import sys; print(sys.prefix)").redirectErrorStream(true).start();
            String prefix = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (python.waitFor() == 0 && !prefix.isEmpty()) {
                return Path.of(prefix);
            }
        } catch (IOException e) {
            // no python3 on the PATH: say so below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ParameterException(spec.commandLine(), "--sys-prefix needs the Python Jupyter runs in: activate its"
                + " environment, or give --prefix DIR.");
    }
}
