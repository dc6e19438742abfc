package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.visionbook.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code visionbook install} writes a kernelspec Jupyter can start. */
class InstallTest {

    @TempDir
    Path folder;

    @Test
    void installWritesKernelJsonWithThisJavaAndTheJarAndTheLogos() throws Exception {
        Path jar = Files.createFile(folder.resolve("visionbook.jar"));
        assertEquals(0, Main.run("install", "--prefix", folder.resolve("prefix").toString(), "--name", "vb-test",
                "--jar", jar.toString()));
        Path spec = folder.resolve("prefix/share/jupyter/kernels/vb-test");
        JsonNode kernel = new ObjectMapper().readTree(spec.resolve("kernel.json").toFile());
        assertEquals("Java (visionbook)", kernel.path("display_name").asText());
        assertEquals("java", kernel.path("language").asText());
        assertEquals("message", kernel.path("interrupt_mode").asText());
        List<String> argv = new ArrayList<>();
        kernel.path("argv").forEach(arg -> argv.add(arg.asText()));
        assertTrue(Path.of(argv.get(0)).isAbsolute() && Files.isExecutable(Path.of(argv.get(0))), argv.get(0));
        assertTrue(argv.containsAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto")), argv.toString());
        assertEquals(List.of("-jar", jar.toAbsolutePath().toString(), "kernel", "{connection_file}"),
                argv.subList(argv.size() - 4, argv.size()));
        assertEquals(32, ImageIO.read(spec.resolve("logo-32x32.png").toFile()).getWidth());
        assertEquals(64, ImageIO.read(spec.resolve("logo-64x64.png").toFile()).getHeight());
    }

    @Test
    void installRefusesANameJupyterCannotUse() {
        assertNotEquals(0, Main.run("install", "--prefix", folder.toString(), "--name", "a b", "--jar", "x.jar"));
    }

    @Test
    void userKernelsFolderFollowsJupyterDataDir() {
        assertEquals(Path.of("/data/jupyter/kernels"), KernelSpec.userKernelsFolder(Map.of("JUPYTER_DATA_DIR", "/data/jupyter")));
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertEquals(Path.of("/xdg/jupyter/kernels"), KernelSpec.userKernelsFolder(Map.of("XDG_DATA_HOME", "/xdg")));
            assertEquals(Path.of("/home/ann/.local/share/jupyter/kernels"), KernelSpec.userKernelsFolder(Map.of("HOME", "/home/ann")));
        }
    }
}
