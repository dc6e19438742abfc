package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Only messages signed with the connection file's key are served; others are dropped and the kernel lives. */
class MessageSigningTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    private static List<String> kernelInfoFrames(String id) {
        ObjectNode header = JupyterTestClient.object().put("msg_id", id).put("session", "s").put("username", "u")
                .put("date", Instant.now().toString()).put("msg_type", "kernel_info_request").put("version", "5.3");
        return List.of(header.toString(), "{}", "{}", "{}");
    }

    private JupyterTestClient.Msg replyTo(String id) {
        return kernel.client().nextIopub(1000, m -> m.parentId().equals(id));
    }

    @Test
    void unsignedMessageIsIgnored() {
        String id = UUID.randomUUID().toString();
        kernel.client().sendRaw(kernel.client().shell(), kernelInfoFrames(id), false);
        assertNull(replyTo(id));
        assertEquals("kernel_info_reply", kernel.client().request("kernel_info_request", JupyterTestClient.object()).type());
    }

    @Test
    void wronglySignedMessageIsIgnored() {
        String id = UUID.randomUUID().toString();
        List<String> frames = kernelInfoFrames(id);
        String otherKeySignature = "0".repeat(64);
        kernel.client().sendRaw(kernel.client().shell(), frames, otherKeySignature);
        assertNull(replyTo(id));
        assertEquals("kernel_info_reply", kernel.client().request("kernel_info_request", JupyterTestClient.object()).type());
    }

    @Test
    void tamperedContentIsIgnored() {
        String id = UUID.randomUUID().toString();
        List<String> frames = kernelInfoFrames(id);
        String signature = kernel.client().sign(frames);
        List<String> tampered = List.of(frames.get(0), "{}", "{}", "{\"code\": \"System.exit(1)\"}");
        kernel.client().sendRaw(kernel.client().shell(), tampered, signature);
        assertNull(replyTo(id));
        assertEquals("ok", kernel.client().execute("1").status());
    }

    @Test
    void theKernelRefusesAConnectionFileWithoutAKey() {
        var properties = new KernelConnectionProperties("127.0.0.1", 1, 2, 3, 4, 5, "tcp", "hmac-sha256", "");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConnectionFile.check(properties, "test.json"));
        assertTrue(refused.getMessage().contains("empty \"key\""), refused.getMessage());
    }
}
