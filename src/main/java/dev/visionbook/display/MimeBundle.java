package dev.visionbook.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Representations of one value keyed by MIME type, plus per-type metadata, as Jupyter's
 * {@code display_data} carries them. Immutable and insertion-ordered; {@code data} always has
 * {@code text/plain}. Values follow Jupyter's conventions: {@code image/png} is a base64 string,
 * {@code text/html} and {@code text/markdown} are strings.
 *
 * <pre>{@code
 * MimeBundle bundle = MimeBundle.text("3 files").with("text/html", "<b>3</b> files");
 * bundle.get("text/html"); // Optional["<b>3</b> files"]
 * }</pre>
 */
public record MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";
    public static final String TEXT_MARKDOWN = "text/markdown";
    public static final String IMAGE_PNG = "image/png";

    public MimeBundle {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(metadata, "metadata");
        if (!data.containsKey(TEXT_PLAIN)) {
            throw new IllegalArgumentException("A MIME bundle needs text/plain for front ends that show nothing else");
        }
        data = frozenCopy(data);
        metadata = frozenCopy(metadata);
    }

    /** A bundle with only {@code text/plain}. */
    public static MimeBundle text(String plainText) {
        return new MimeBundle(Map.of(TEXT_PLAIN, Objects.requireNonNull(plainText, "plainText")), Map.of());
    }

    /** A copy with {@code mime} set to {@code value}, replacing any earlier value for that type. */
    public MimeBundle with(String mime, Object value) {
        return new MimeBundle(plus(data, mime, value), metadata);
    }

    /** A copy with metadata {@code key} set to {@code value}, e.g. {@code "image/png" -> {width, height}}. */
    public MimeBundle withMetadata(String key, Object value) {
        return new MimeBundle(data, plus(metadata, key, value));
    }

    /**
     * The value for {@code mime} as text; non-string values (such as a JSON object) are given by
     * {@code String.valueOf}.
     */
    public Optional<String> get(String mime) {
        return Optional.ofNullable(data.get(mime)).map(String::valueOf);
    }

    /** Whether the bundle has a representation of type {@code mime}. */
    public boolean has(String mime) {
        return data.containsKey(mime);
    }

    private static Map<String, Object> plus(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return copy;
    }

    private static Map<String, Object> frozenCopy(Map<String, Object> map) {
        // Map.copyOf would lose the order front ends use to rank representations.
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key)));
        return Collections.unmodifiableMap(copy);
    }
}
