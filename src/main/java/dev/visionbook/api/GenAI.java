package dev.visionbook.api;

import com.google.genai.Client;
import com.google.genai.types.File;
import com.google.genai.types.ListFilesConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The entry point of the helper API: the tutorial's File API steps and models, over the
 * official SDK, live or local.
 *
 * <pre>{@code
 * GenAI genai = GenAI.connect();
 * UploadedFile sketch = genai.uploadFile("media/jetpack.png", "Jetpack drawing");
 * Response answer = genai.model("gemini-2.5-flash").generateContent(sketch, "Describe this sketch.");
 * answer.markdown();
 * }</pre>
 *
 * <p>Thread-safe: the connection is made once, under a lock; the SDK client is thread-safe.
 */
public final class GenAI {

    /** The tutorial's default model. */
    public static final String DEFAULT_MODEL = "gemini-2.5-flash";

    private final LazyConnection connection;

    private GenAI(LazyConnection connection) {
        this.connection = connection;
    }

    /**
     * Connects as the environment says: {@code VISIONBOOK_REPLAY} (a cassette), else
     * {@code VISIONBOOK_BASE_URL}, else {@code GEMINI_API_KEY} or {@code GOOGLE_API_KEY} (the real
     * service), else the embedded local server, with {@code VISIONBOOK_RECORD} recording every
     * exchange; {@link BackendMode} overrides the environment. Prints which.
     */
    public static GenAI connect() {
        GenAI genai = connect(BackendMode.applyTo(System.getenv()), BackendChoice.DEFAULT_TIMEOUT);
        System.out.println(genai.backend().description());
        return genai;
    }

    /** Like {@link #connect()}, from the given variables and with a per-request timeout; prints nothing. */
    public static GenAI connect(Map<String, String> environment, Duration timeout) {
        GenAI genai = new GenAI(new LazyConnection(() -> BackendChoice.connect(environment, timeout), line -> { }));
        genai.backend();
        return genai;
    }

    /**
     * Connects on first use, as the environment says, and then hands the one line saying which
     * backend was chosen to {@code announce}: a notebook kernel starts fast this way.
     */
    public static GenAI connectLazily(Consumer<String> announce) {
        return new GenAI(new LazyConnection(
                () -> BackendChoice.connect(BackendMode.applyTo(System.getenv()), BackendChoice.DEFAULT_TIMEOUT),
                announce));
    }

    /**
     * Like {@link #connectLazily(Consumer)}, announcing on {@code System.out} as it is when the
     * connection is made: in a notebook, the output of the cell that first used it.
     *
     * <pre>{@code
     * GenAI genai = GenAI.connectLazily();
     * genai.upload(Path.of("photo.png"));   // connects here, and says to which backend
     * }</pre>
     */
    public static GenAI connectLazily() {
        // Not System.out::println, which would keep the stream of the moment genai was made.
        return connectLazily(line -> System.out.println(line));
    }

    /** Whether the connection is made (a lazy one connects on first use). */
    public boolean isConnected() {
        return connection.isConnected();
    }

    public Backend backend() {
        return connection.get().backend();
    }

    /** The SDK client, for anything the helper API does not cover. */
    public Client client() {
        return connection.get().client();
    }

    private FileCalls files() {
        return new FileCalls(client());
    }

    /** Uploads a local image, video or audio file; its MIME type comes from its bytes. */
    public UploadedFile uploadFile(Path path, String displayName) {
        return files().upload(path, displayName);
    }

    public UploadedFile uploadFile(String path, String displayName) {
        return uploadFile(Path.of(path), displayName);
    }

    public UploadedFile uploadFile(String path) {
        return uploadFile(Path.of(path), null);
    }

    public UploadedFile uploadFile(Path path) {
        return uploadFile(path, null);
    }

    /** Uploads bytes held in memory, of the given MIME type. */
    public UploadedFile uploadFile(byte[] bytes, String mimeType, String displayName) {
        return files().upload(bytes, mimeType, displayName);
    }

    /** The file's current metadata; {@code name} may be {@code files/abc}, {@code abc} or its URI. */
    public UploadedFile getFile(String name) {
        return files().get(name);
    }

    public UploadedFile getFile(UploadedFile file) {
        return files().get(file.name());
    }

    /** Every file of this project, all pages; shows as a table. */
    public FileList listFiles() {
        List<UploadedFile> all = new ArrayList<>();
        Errors.call("list files", () -> {
            for (File file : client().files.list(ListFilesConfig.builder().pageSize(100).build())) {
                all.add(new UploadedFile(file));
            }
            return all;
        });
        return new FileList(all);
    }

    public void deleteFile(String name) {
        files().delete(name);
    }

    public void deleteFile(UploadedFile file) {
        files().delete(file.name());
    }

    /** Waits (up to ten minutes) while the file is PROCESSING; throws with the reason if it FAILED. */
    public UploadedFile waitUntilActive(UploadedFile file) {
        return waitUntilActive(file, Duration.ofMinutes(10));
    }

    public UploadedFile waitUntilActive(UploadedFile file, Duration timeout) {
        return files().waitUntilActive(file, timeout);
    }

    /** A model to prompt, for example {@code "gemini-2.5-flash"}. */
    public GenerativeModel model(String name) {
        if (name == null || name.isBlank()) {
            throw new VisionbookException("Give a model name, for example \"" + DEFAULT_MODEL + "\".");
        }
        String bare = name.strip().startsWith("models/") ? name.strip().substring("models/".length()) : name.strip();
        return new GenerativeModel(client(), bare, files(), GenerationSettings.DEFAULT);
    }

    public GenerativeModel model() {
        return model(DEFAULT_MODEL);
    }

    @Override
    public String toString() {
        return connection.isConnected() ? backend().description() : "GenAI (connects on first use)";
    }
}
