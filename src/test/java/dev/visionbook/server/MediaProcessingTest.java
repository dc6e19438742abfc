package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.File;
import com.google.genai.types.UploadFileConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded videos while they are PROCESSING: deleted mid-way, or not decoding to their end. */
class MediaProcessingTest {

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    @TempDir
    Path temp;

    private static long recognisers() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("pocketsphinx")).count();
    }

    @Test
    void a_video_deleted_while_it_processes_stops_its_recognisers_and_logs_nothing() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            Client client = local.client();
            File video = client.files.upload(Media.of("video/slideshow.mp4").toString(),
                    UploadFileConfig.builder().mimeType("video/mp4").build());
            boolean recognising = false;
            for (int i = 0; i < 600 && !recognising; i++) {
                recognising = recognisers() > 0;
                Thread.sleep(20);
            }
            client.files.delete(video.name().orElseThrow(), null);

            long running = recognisers();
            for (int i = 0; i < 40 && running > 0; i++) {
                Thread.sleep(100);
                running = recognisers();
            }
            Thread.sleep(700); // past the next deletion check and any record the work could still make

            assertTrue(!recognising || running == 0, running + " recognisers still run for a deleted file");
            assertThrows(ClientException.class, () -> client.files.get(video.name().orElseThrow(), null));
            try (Stream<Path> analyses = Files.exists(local.dataDir().resolve("analysis"))
                    ? Files.list(local.dataDir().resolve("analysis")) : Stream.empty()) {
                assertEquals(0, analyses.count(), "no analysis is kept for a deleted file");
            }
        } finally {
            System.setErr(original);
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("WARN") || log.contains("ERROR") || log.contains("Exception"), log);
    }

    @Test
    void a_truncated_video_fails_with_the_reason_found_by_its_one_decoding() throws Exception {
        byte[] whole = Files.readAllBytes(Media.of("video/synthetic.mp4"));
        // The moov box comes first in this file, so the first half still opens and plays for a while.
        Path half = Files.write(temp.resolve("half.mp4"), Arrays.copyOf(whole, whole.length / 2));
        Client client = local.client();

        File video = client.files.upload(half.toString(), UploadFileConfig.builder().mimeType("video/mp4").build());
        // The analysis reads what decodes before it finds the end missing: on a busy machine, a while.
        for (int i = 0; i < 1200 && video.state().orElseThrow().toString().equals("PROCESSING"); i++) {
            Thread.sleep(100);
            video = client.files.get(video.name().orElseThrow(), null);
        }

        assertEquals("FAILED", video.state().orElseThrow().toString());
        String reason = video.error().orElseThrow().message().orElseThrow();
        assertTrue(reason.matches("The video stops decoding at \\d+\\.\\d s of its 12\\.0 s; the file is probably"
                + " truncated or damaged\\."), reason);
    }
}
