package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Host header guard: loopback names and configured ones only, against DNS rebinding. */
class HostHeaderTest {

    static final String KEY = LocalServerExtension.KEY;

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension(config -> config.withAllowedHosts(Set.of("notebook.lan")));

    RawHttp.Response startUpload(String host) throws Exception {
        return new RawHttp(local.baseUrl()).send("POST", "/upload/v1beta/files", "Host: " + host + "\r\n"
                + "x-goog-api-key: " + KEY + "\r\nX-Goog-Upload-Protocol: resumable\r\nX-Goog-Upload-Command: start\r\n"
                + "Content-Type: application/json\r\n", "{\"file\":{\"mimeType\":\"text/plain\"}}".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "127.0.0.1.nip.io", "localhost.evil.example", "10.0.0.7"})
    void aForeignHostIsRefusedAndNeverReflectedIntoAnUploadUrl(String host) throws Exception {
        RawHttp.Response response = startUpload(host);
        assertEquals(403, response.status(), response.body());
        JsonAssert.googleError(response.body(), 403, "PERMISSION_DENIED");
        assertTrue(response.body().contains("DNS rebinding"), response.body());
        assertEquals(null, response.header("X-Goog-Upload-URL"));
        assertEquals(403, new RawHttp(local.baseUrl()).send("GET", "/v1beta/files", "Host: " + host + "\r\n"
                + "x-goog-api-key: " + KEY + "\r\n", new byte[0]).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.0.0.2", "[::1]", "api.localhost", "notebook.lan"})
    void loopbackAndConfiguredNamesAreServedWithThatNameInTheUploadUrl(String name) throws Exception {
        String port = Integer.toString(local.server().port());
        RawHttp.Response response = startUpload(name + ":" + port);
        assertEquals(200, response.status(), response.body());
        String url = response.header("X-Goog-Upload-URL");
        assertTrue(url.startsWith("http://" + name + ":" + port + "/upload/v1beta/files?upload_id="), url);
        assertFalse(url.contains("evil"));
    }
}
