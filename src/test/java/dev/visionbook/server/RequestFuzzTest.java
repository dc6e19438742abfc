package dev.visionbook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The request fuzzer: thousands of mutated requests per route (types swapped, fields missing or
 * null, unknown fields, trailing bytes, wrong encodings, huge and unicode values, odd headers)
 * through a real socket to a real server. The property, for every one: a 2xx, or a 4xx in Google's
 * error shape that names no server path; never a 5xx; and the server still answers a good request.
 * Prints the tally per route at the end.
 */
class RequestFuzzTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "fuzz-key";
    /** Tries per route; each is one request (two for chunks: a start, then the mutated chunk). */
    static final int TRIES = 2000;

    static Path dataDir;
    static LocalServer server;
    static HttpClient http;
    static String uploadedUri;
    static String tinyPng;
    /** route → status class ("2xx", "4xx", "5xx") → count */
    static final Map<String, Map<String, AtomicInteger>> TALLY = new ConcurrentHashMap<>();

    @BeforeContainer
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("visionbook-fuzz-");
        server = LocalServer.start(ServerConfig.loopback(dataDir, Set.of(KEY)).withLimits(
                ServerConfig.loopback(dataDir, Set.of(KEY)).limits().withMaxOpenUploads(100_000)));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        tinyPng = Base64.getEncoder().encodeToString(png.toByteArray());
        HttpResponse<String> started = send(base("/upload/v1beta/files").header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\":{\"mimeType\":\"image/png\"}}")));
        URI url = URI.create(started.headers().firstValue("X-Goog-Upload-URL").orElseThrow());
        HttpResponse<String> uploaded = send(base(url.getRawPath() + "?" + url.getRawQuery())
                .header("X-Goog-Upload-Command", "upload, finalize").header("X-Goog-Upload-Offset", "0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())));
        uploadedUri = JSON.readTree(uploaded.body()).path("file").path("uri").asText();
    }

    @AfterContainer
    static void stop() throws IOException {
        StringBuilder report = new StringBuilder("Request fuzzer (tries per route " + TRIES + "):");
        new TreeMap<>(TALLY).forEach((route, counts) -> report.append("\n  ").append(route).append(": ")
                .append(counts.values().stream().mapToInt(AtomicInteger::get).sum()).append(" requests, ")
                .append(new TreeMap<>(counts)));
        System.out.println(report);
        server.close();
        try (Stream<Path> all = Files.walk(dataDir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    // ---- the routes ------------------------------------------------------------------------

    @Property(tries = TRIES)
    void generateContentNeverFailsOnTheServer(@ForAll("generateRequests") JsonNode body, @ForAll("twists") Twist twist)
            throws Exception {
        check("generateContent", post("/v1beta/models/gemini-2.5-flash:generateContent", twist.apply(body)));
    }

    @Property(tries = TRIES)
    void countTokensNeverFailsOnTheServer(@ForAll("countRequests") JsonNode body, @ForAll("twists") Twist twist)
            throws Exception {
        check("countTokens", post("/v1/models/gemini-2.5-flash:countTokens", twist.apply(body)));
    }

    @Property(tries = TRIES)
    void streamGenerateContentNeverFailsOnTheServer(@ForAll("generateRequests") JsonNode body,
                                                   @ForAll("twists") Twist twist) throws Exception {
        check("streamGenerateContent", post("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
                twist.apply(body)));
    }

    @Property(tries = TRIES)
    void uploadStartNeverFailsOnTheServer(@ForAll("uploadMetadata") JsonNode body, @ForAll("twists") Twist twist,
                                          @ForAll("headerValues") String size, @ForAll("headerValues") String type)
            throws Exception {
        HttpRequest.Builder request = base("/upload/v1beta/files").header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start").POST(HttpRequest.BodyPublishers.ofByteArray(twist.apply(body)));
        header(request, "X-Goog-Upload-Header-Content-Length", size);
        header(request, "X-Goog-Upload-Header-Content-Type", type);
        check("upload start", send(request));
    }

    @Property(tries = TRIES)
    void uploadChunksNeverFailOnTheServer(@ForAll("commands") String command, @ForAll("headerValues") String offset,
                                          @ForAll("chunkBodies") byte[] bytes, @ForAll("headerValues") String declared)
            throws Exception {
        HttpRequest.Builder start = base("/upload/v1beta/files").header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\":{\"mimeType\":\"application/octet-stream\"}}"));
        header(start, "X-Goog-Upload-Header-Content-Length", declared);
        HttpResponse<String> started = send(start);
        if (started.statusCode() != 200) {
            check("upload chunk", started);
            return;
        }
        URI url = URI.create(started.headers().firstValue("X-Goog-Upload-URL").orElseThrow());
        HttpRequest.Builder chunk = base(url.getRawPath() + "?" + url.getRawQuery())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        header(chunk, "X-Goog-Upload-Command", command);
        header(chunk, "X-Goog-Upload-Offset", offset);
        check("upload chunk", send(chunk));
    }

    @Property(tries = TRIES)
    void fileAndModelLookupsNeverFailOnTheServer(@ForAll("lookups") String path, @ForAll("keys") String key)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(60));
        header(request, "x-goog-api-key", key);
        request = path.contains("DELETE") ? request.DELETE() : request.GET();
        check(path.startsWith("/v1beta/models") ? "models get/list" : "files get/list/delete", send(request));
    }

    @Property(tries = TRIES)
    void modelNamesAndMethodsNeverFailOnTheServer(@ForAll("modelPaths") String path) throws Exception {
        check("model path", post(path, "{\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}".getBytes(StandardCharsets.UTF_8)));
    }

    // ---- the property ----------------------------------------------------------------------

    static void check(String route, HttpResponse<String> response) throws Exception {
        int status = response.statusCode();
        TALLY.computeIfAbsent(route, r -> new ConcurrentHashMap<>())
                .computeIfAbsent(status / 100 + "xx", s -> new AtomicInteger()).incrementAndGet();
        assertTrue(status < 500, route + " answered " + status + ": " + response.body());
        assertTrue(status >= 200, route + " answered " + status);
        JsonAssert.namesNoServerPath(response.body(), dataDir);
        if (status >= 400) {
            JsonAssert.googleError(response.body(), status, JSON.readTree(response.body()).path("error").path("status")
                    .asText());
            assertTrue(Set.of("INVALID_ARGUMENT", "FAILED_PRECONDITION", "PERMISSION_DENIED", "NOT_FOUND",
                    "ALREADY_EXISTS", "RESOURCE_EXHAUSTED", "UNAUTHENTICATED").contains(
                    JSON.readTree(response.body()).path("error").path("status").asText()), response.body());
        }
        int total = TALLY.values().stream().flatMap(m -> m.values().stream()).mapToInt(AtomicInteger::get).sum();
        if (total % 50 == 0) {
            stillAnswersAGoodRequest();
        }
    }

    static void stillAnswersAGoodRequest() throws Exception {
        HttpResponse<String> good = post("/v1beta/models/gemini-2.5-flash:countTokens",
                ("{\"contents\":[{\"parts\":[{\"text\":\"Still there?\"},{\"fileData\":{\"fileUri\":\"" + uploadedUri
                        + "\",\"mimeType\":\"image/png\"}}]}]}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, good.statusCode(), good.body());
    }

    static HttpRequest.Builder base(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("x-goog-api-key", KEY);
    }

    static HttpResponse<String> post(String path, byte[] body) throws Exception {
        return send(base(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sets a header unless the value is null (absent); values a client cannot send are replaced by a visible one. */
    static void header(HttpRequest.Builder request, String name, String value) {
        if (value == null) {
            return;
        }
        try {
            request.header(name, value);
        } catch (IllegalArgumentException notSendable) {
            request.header(name, "x" + value.replaceAll("[^\\x20-\\x7e]", "?"));
        }
    }

    // ---- what jqwik generates --------------------------------------------------------------

    /** A change to the serialised body: as it is, or bytes a JSON writer would never produce. */
    enum Twist {
        NONE, TRAILING_GARBAGE, TRAILING_OBJECT, TRUNCATED, INVALID_UTF8, BYTE_ORDER_MARK, EMPTY, NOT_JSON;

        byte[] apply(JsonNode body) throws IOException {
            byte[] bytes = JSON.writeValueAsBytes(body);
            return switch (this) {
                case NONE -> bytes;
                case TRAILING_GARBAGE -> concat(bytes, " xyz".getBytes(StandardCharsets.UTF_8));
                case TRAILING_OBJECT -> concat(bytes, "{}".getBytes(StandardCharsets.UTF_8));
                case TRUNCATED -> Arrays.copyOf(bytes, bytes.length / 2);
                case INVALID_UTF8 -> concat(Arrays.copyOf(bytes, Math.max(0, bytes.length - 3)),
                        new byte[] {(byte) 0xc3, (byte) 0x28, '"', '}'});
                case BYTE_ORDER_MARK -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes);
                case EMPTY -> new byte[0];
                case NOT_JSON -> "contents=hello&parts=1".getBytes(StandardCharsets.UTF_8);
            };
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }

    @Provide
    Arbitrary<Twist> twists() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, Arbitraries.just(Twist.NONE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Twist.class)));
    }

    @Provide
    Arbitrary<JsonNode> generateRequests() throws IOException {
        List<JsonNode> seeds = List.of(
                JSON.readTree("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Describe this.\"},"
                        + "{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"" + tinyPng + "\"}}]}],"
                        + "\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief.\"}]},"
                        + "\"generationConfig\":{\"temperature\":0.2,\"maxOutputTokens\":256,\"responseMimeType\":\"text/plain\","
                        + "\"mediaResolution\":\"MEDIA_RESOLUTION_LOW\",\"stopSequences\":[\"END\"]}}"),
                JSON.readTree("{\"contents\":[{\"parts\":[{\"fileData\":{\"fileUri\":\"" + uploadedUri
                        + "\",\"mimeType\":\"image/png\"},\"videoMetadata\":{\"startOffset\":\"1s\",\"endOffset\":\"2s\","
                        + "\"fps\":2.0}},{\"text\":\"Where is the red dot? Answer in JSON.\"}],\"role\":\"user\"},"
                        + "{\"role\":\"model\",\"parts\":[{\"text\":\"At the top left.\"}]},"
                        + "{\"role\":\"user\",\"parts\":[{\"text\":\"And its colour?\"}]}],"
                        + "\"generationConfig\":{\"responseMimeType\":\"application/json\",\"responseSchema\":"
                        + "{\"type\":\"OBJECT\",\"properties\":{\"colour\":{\"type\":\"STRING\"}}}}}"));
        return Arbitraries.of(seeds).flatMap(seed -> JsonMutations.mutations().map(list -> JsonMutations.apply(seed, list)));
    }

    @Provide
    Arbitrary<JsonNode> countRequests() throws IOException {
        JsonNode wrapped = JSON.readTree("{\"generateContentRequest\":{\"model\":\"models/gemini-2.5-flash\","
                + "\"contents\":[{\"parts\":[{\"text\":\"Count me\"},{\"inlineData\":{\"mimeType\":\"image/png\","
                + "\"data\":\"" + tinyPng + "\"}}]}]}}");
        return Arbitraries.oneOf(generateRequests(),
                JsonMutations.mutations().map(list -> JsonMutations.apply(wrapped, list)));
    }

    @Provide
    Arbitrary<JsonNode> uploadMetadata() throws IOException {
        JsonNode seed = JSON.readTree("{\"file\":{\"displayName\":\"My Cat\",\"mimeType\":\"image/png\","
                + "\"sizeBytes\":\"157\"}}");
        return JsonMutations.mutations().map(list -> JsonMutations.apply(seed, list));
    }

    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("0", "157", "-1", "-5", "1e3", "abc", " ",
                        "99999999999999999999", "9223372036854775807", "1048576", "image/png", "video/mp4", "ä"),
                Arbitraries.longs().between(-10, 5_000_000).map(n -> Long.toString(n)),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.oneOf(Arbitraries.of("upload", "upload, finalize", "finalize", "query", "cancel", "start",
                        "UPLOAD,FINALIZE", "upload,,finalize", ""), Arbitraries.just(null),
                Arbitraries.strings().ofMaxLength(20));
    }

    @Provide
    Arbitrary<byte[]> chunkBodies() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(3000),
                Arbitraries.just(new byte[0]), Arbitraries.just(Base64.getDecoder().decode(tinyPng)));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, Arbitraries.just(KEY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "nope", "fuzz-key ", "ключ")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    }

    @Provide
    Arbitrary<String> lookups() {
        Arbitrary<String> odd = Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
                Arbitraries.of("missing", "a", "x".repeat(41), "-abc", "abc-", "files", "..", "%2e%2e", "ABC", "😀",
                        "gemini-2.5-flash", "models/gemini-2.5-flash", "gemma-3-27b-it"));
        return Arbitraries.oneOf(
                odd.map(id -> "/v1beta/files/" + encode(id)),
                odd.map(id -> "/v1/files/" + encode(id) + "?DELETE"),
                odd.map(id -> "/v1beta/models/" + encode(id)),
                odd.map(token -> "/v1beta/files?pageSize=" + encode(token)),
                odd.map(token -> "/v1beta/files?pageToken=" + encode(token)),
                odd.map(token -> "/v1beta/models?pageToken=" + encode(token)),
                odd.map(size -> "/v1beta/models?pageSize=" + encode(size)));
    }

    @Provide
    Arbitrary<String> modelPaths() {
        Arbitrary<String> model = Arbitraries.oneOf(Arbitraries.of(Models.PINNED).map(Models.Model::id),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40), Arbitraries.of("gemini-0.0-nope", "gemini-2.5-flsh",
                        "models", "gemini-embedding-001"));
        Arbitrary<String> method = Arbitraries.of("generateContent", "countTokens", "streamGenerateContent",
                "embedContent", "createCachedContent", "", "generatecontent", "x");
        return net.jqwik.api.Combinators.combine(model, method, Arbitraries.of("v1", "v1beta"))
                .as((m, verb, version) -> "/" + version + "/models/" + encode(m) + (verb.isEmpty() ? "" : ":" + verb));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
