package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.ListModelsConfig;
import com.google.genai.types.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One pinned list of the service's models: served by models.list and models.get, and nothing else answered. */
class ModelListTest {

    @RegisterExtension
    final LocalServerExtension local = new LocalServerExtension();

    static void assertNotFound(ClientException e, String model, String method) {
        assertEquals(404, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("models/" + model + " is not found for API version v1beta, or is not"
                + " supported for " + method + ". Call ListModels to see the list of available models and their"
                + " supported methods."), e.getMessage());
    }

    @Test
    void unknownModelsAreNotFoundAsTheServiceSaysOnEveryMethod() {
        Client client = local.client(LocalServerExtension.KEY, "v1beta");
        assertNotFound(assertThrows(ClientException.class,
                () -> client.models.generateContent("gemini-0.0-nope", "Hello", null)), "gemini-0.0-nope", "generateContent");
        assertNotFound(assertThrows(ClientException.class,
                () -> client.models.countTokens("gemini-2.5-flsh", "Hello", null)), "gemini-2.5-flsh", "countTokens");
        assertNotFound(assertThrows(ClientException.class,
                () -> client.models.get("gemma-nonexistent-9b", null)), "gemma-nonexistent-9b", "get");
        assertNotFound(assertThrows(ClientException.class,
                () -> client.models.generateContent("gemini-embedding-001", "Hello", null)), "gemini-embedding-001",
                "generateContent");
    }

    @Test
    void listAndGetServeThePinnedListWithMethodsAndLimits() {
        Client client = local.client();
        List<String> listed = new ArrayList<>();
        for (Model model : client.models.list(ListModelsConfig.builder().pageSize(5).build())) {
            listed.add(model.name().orElseThrow());
        }
        assertEquals(Models.PINNED.stream().map(model -> "models/" + model.id()).toList(), listed,
                "every model once, in order, across pages of five");

        Model flash = client.models.get("gemini-2.5-flash", null);
        assertEquals("models/gemini-2.5-flash", flash.name().orElseThrow());
        assertEquals(1_048_576, flash.inputTokenLimit().orElseThrow());
        assertEquals(65_536, flash.outputTokenLimit().orElseThrow());
        assertTrue(flash.supportedActions().orElseThrow().contains("generateContent"));
        assertTrue(client.models.countTokens("gemma-3-27b-it", "Hello", null).totalTokens().orElseThrow() > 0,
                "every listed model that counts tokens is served");
    }

    @Test
    void aBadPageTokenIsABadRequest() throws Exception {
        JsonNode error = ErrorPathsTest.error(local.get("/v1beta/models?pageToken=nonsense", LocalServerExtension.KEY),
                400, "INVALID_ARGUMENT");
        assertTrue(error.path("message").asText().contains("page token"));
    }
}
