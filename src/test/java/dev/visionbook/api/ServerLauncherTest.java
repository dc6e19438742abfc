package dev.visionbook.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerLauncherTest {

    @Test
    void thisJavaStartsWithEveryOptionTheServerIsGiven() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ServerLauncher.jvmOptions());
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
        boolean trims = ServerLauncher.jvmOptions().stream().anyMatch(option -> option.startsWith("-XX:TrimNativeHeapInterval="));
        // Where the option is given, the JVM took it: its final value is the one asked for.
        assertEquals(trims, output.lines().anyMatch(line -> line.matches("\\s*uint\\S* +TrimNativeHeapInterval +=\\s*5000\\b.*")), output);
    }
}
