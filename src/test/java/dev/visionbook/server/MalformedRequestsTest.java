package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.genai.errors.ClientException;
import com.google.genai.types.Content;
import com.google.genai.types.Part;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed generateContent and countTokens bodies: a 400 in Google's shape that names the field. */
class MalformedRequestsTest {

    static final String KEY = LocalServerExtension.KEY;

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    HttpResponse<String> post(String method, String body) throws Exception {
        return local.send(local.request("/v1beta/models/gemini-2.5-flash:" + method)
                .header("x-goog-api-key", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    String invalid(String method, String body) throws Exception {
        JsonNode error = ErrorPathsTest.error(post(method, body), 400, "INVALID_ARGUMENT");
        return error.path("message").asText();
    }

    static String inline(String mimeType, String data) {
        return "{\"contents\":[{\"parts\":[{\"inlineData\":{\"mimeType\":\"" + mimeType + "\",\"data\":\"" + data
                + "\"}},{\"text\":\"Describe\"}]}]}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "42", "null", "\"text\"", "[]", "{\"thought\":true}"})
    void aMalformedPartIsABadRequestNamingItOnGenerateAndCount(String part) throws Exception {
        String body = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}," + part + "]}]}";
        for (String method : new String[] {"generateContent", "countTokens", "streamGenerateContent"}) {
            String message = invalid(method, body);
            assertTrue(message.contains("contents[0].parts[1]"), method + ": " + message);
        }
    }

    @Test
    void theBadRequestDetailNamesTheFieldAsTheServiceDoes() throws Exception {
        JsonNode error = ErrorPathsTest.error(post("generateContent",
                "{\"contents\":[{\"parts\":[{\"text\":\"hi\"},{}]}]}"), 400, "INVALID_ARGUMENT");
        assertEquals("* GenerateContentRequest.contents[0].parts[1].data: required oneof field 'data' must have one"
                + " initialized field", error.path("message").asText());
        JsonNode violation = error.path("details").get(0);
        assertEquals("type.googleapis.com/google.rpc.BadRequest", violation.path("@type").asText());
        assertEquals("contents[0].parts[1].data", violation.path("fieldViolations").get(0).path("field").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {" xyz", "}", " {}", ",", " 1"})
    void trailingBytesAfterTheJsonBodyAreRefused(String trailing) throws Exception {
        String message = invalid("generateContent", "{\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}" + trailing);
        assertTrue(message.startsWith("Invalid JSON payload received."), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "@@@@", "iVBORw0KGgo$$$AAAANSUhEUg==", "QUJD=", "QU=JD"})
    void inlineDataThatIsNotBase64GetsTheServiceMessage(String data) throws Exception {
        assertEquals("Invalid value at 'contents[0].parts[0].inline_data.data' (TYPE_BYTES), Base64 decoding failed"
                + " for \"" + data + "\"", invalid("generateContent", inline("image/png", data)));
    }

    @Test
    void urlSafeBase64IsReadAsTheSameBytes() throws Exception {
        byte[] png = Files.readAllBytes(Media.of("groundtruth/shapes.png"));
        String urlSafe = Base64.getUrlEncoder().encodeToString(png);
        assertEquals(200, post("countTokens", inline("image/png", urlSafe)).statusCode());
    }

    @Test
    void generationConfigFieldsOfTheWrongTypeAreRefusedByName() throws Exception {
        String text = "{\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}],\"generationConfig\":";
        assertEquals("Invalid value at 'generation_config.temperature' (TYPE_FLOAT), \"hot\"",
                invalid("generateContent", text + "{\"temperature\":\"hot\"}}"));
        assertEquals("Invalid value at 'generation_config.max_output_tokens' (TYPE_INT32), 1.5",
                invalid("generateContent", text + "{\"maxOutputTokens\":1.5}}"));
        assertTrue(invalid("generateContent", text + "{\"responseMimeType\":7}}").contains("generation_config"
                + ".response_mime_type"));
        assertTrue(invalid("generateContent", text + "\"warm\"}").contains("'generation_config'"));
        assertEquals(200, post("generateContent", text + "{\"temperature\":\"0.5\",\"topK\":\"40\"}}").statusCode(),
                "numbers as strings are numbers, as in protobuf's JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"fast\"", "0", "-1", "24.5", "true", "{}"})
    void videoMetadataFpsOfTheWrongTypeOrOutOfRangeIsRefused(String fps) throws Exception {
        String body = "{\"contents\":[{\"parts\":[{\"text\":\"hi\",\"videoMetadata\":{\"fps\":" + fps + "}}]}]}";
        assertTrue(invalid("generateContent", body).contains("contents[0].parts[0].video_metadata.fps"), fps);
    }

    @Test
    void videoMetadataOffsetsMustBeDurations() throws Exception {
        String body = "{\"contents\":[{\"parts\":[{\"text\":\"hi\",\"videoMetadata\":{\"startOffset\":\"five\"}}]}]}";
        assertTrue(invalid("countTokens", body).contains("contents[0].parts[0].video_metadata.start_offset"));
        String fine = "{\"contents\":[{\"parts\":[{\"text\":\"hi\",\"videoMetadata\":{\"fps\":24,\"startOffset\":\"1.5s\"}}]}]}";
        assertEquals(200, post("countTokens", fine).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"groundtruth/scene.png:3000:image/png", "groundtruth/scene.jpg:2000:image/jpeg"})
    void anInlineImageCutShortIsUnableToProcess(String sample) throws Exception {
        String[] parts = sample.split(":");
        byte[] cut = Arrays.copyOf(Files.readAllBytes(Media.of(parts[0])), Integer.parseInt(parts[1]));
        String message = invalid("generateContent", inline(parts[2], Base64.getEncoder().encodeToString(cut)));
        assertTrue(message.startsWith("Unable to process input image"), message);
        assertTrue(message.contains("contents[0].parts[0].inline_data"), message);

        ClientException viaSdk = assertThrows(ClientException.class, () -> local.client().models.generateContent(
                SdkModelsTest.MODEL, Content.fromParts(Part.fromBytes(cut, parts[2]), Part.fromText("Describe")), null));
        assertEquals(400, viaSdk.code());
        assertTrue(viaSdk.getMessage().contains("Unable to process input image"), viaSdk.getMessage());
    }

    @Test
    void anUnknownPartFieldIsRefusedByName() throws Exception {
        assertEquals("Invalid JSON payload received. Unknown name \"txet\" at 'contents[0].parts[0]': Cannot find field.",
                invalid("generateContent", "{\"contents\":[{\"parts\":[{\"txet\":\"hi\"}]}]}"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() throws Exception {
        for (String body : new String[] {"[]", "42", "\"x\"", "null", "   "}) {
            assertTrue(invalid("generateContent", body).startsWith("Invalid JSON payload received."), body);
        }
    }
}
