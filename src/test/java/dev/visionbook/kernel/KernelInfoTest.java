package dev.visionbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** kernel_info: what Jupyter needs to know the language and highlight it. */
class KernelInfoTest {

    @RegisterExtension
    static final InProcessKernel kernel = new InProcessKernel();

    @Test
    void languageInfoDescribesJava() {
        JupyterTestClient.Msg reply = kernel.client().request("kernel_info_request", JupyterTestClient.object());
        assertEquals("kernel_info_reply", reply.type());
        JsonNode content = reply.content();
        assertEquals("visionbook", content.path("implementation").asText());
        assertTrue(content.path("protocol_version").asText().startsWith("5."));
        JsonNode language = content.path("language_info");
        assertEquals("java", language.path("name").asText());
        assertEquals(System.getProperty("java.version"), language.path("version").asText());
        assertEquals("text/x-java-source", language.path("mimetype").asText());
        assertEquals(".jshell", language.path("file_extension").asText());
        assertEquals("java", language.path("pygments_lexer").asText());
        assertEquals("text/x-java", language.path("codemirror_mode").asText());
        assertTrue(content.path("banner").asText().contains("visionbook"));
    }

    @Test
    void kernelInfoIsAnsweredOnTheControlChannelToo() {
        assertEquals("kernel_info_reply", kernel.client().requestOnControl("kernel_info_request", JupyterTestClient.object()).type());
    }
}
