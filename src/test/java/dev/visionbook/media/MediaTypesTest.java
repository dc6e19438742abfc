package dev.visionbook.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTest {

    @Test
    void supported_types_are_the_twenty_gemini_types_in_documented_order() {
        assertEquals(List.of("image/png", "image/jpeg", "image/webp", "image/heic", "image/heif",
                "video/mp4", "video/mpeg", "video/mov", "video/avi", "video/x-flv", "video/mpg", "video/webm",
                "video/wmv", "video/3gpp",
                "audio/wav", "audio/mp3", "audio/aiff", "audio/aac", "audio/ogg", "audio/flac"),
                List.copyOf(MediaTypes.supported()));
    }

    @Test
    void supported_set_cannot_be_modified() {
        assertThrows(UnsupportedOperationException.class, () -> MediaTypes.supported().add("image/gif"));
    }

    @ParameterizedTest
    @CsvSource({
        "image/png, IMAGE",
        "IMAGE/JPEG, IMAGE",
        "image/heif, IMAGE",
        "video/3gpp, VIDEO",
        "video/x-flv, VIDEO",
        "'video/mp4; codecs=\"avc1.42E01E\"', VIDEO",
        "audio/flac, AUDIO",
        "Audio/Ogg ;codecs=opus, AUDIO"})
    void kind_is_found_ignoring_case_and_parameters(String mime, MediaKind kind) {
        assertEquals(Optional.of(kind), MediaTypes.kindOf(mime));
    }

    @ParameterizedTest
    @CsvSource({
        "video/quicktime, video/mov",
        "audio/mpeg, audio/mp3",
        "audio/x-wav, audio/wav",
        "audio/wave, audio/wav",
        "image/jpg, image/jpeg",
        "video/x-msvideo, video/avi",
        "video/x-ms-wmv, video/wmv",
        "audio/x-aiff, audio/aiff",
        "audio/x-flac, audio/flac",
        "'Video/QuickTime; charset=binary', video/mov",
        "video/mp4, video/mp4",
        "image/gif, image/gif"})
    void aliases_map_to_the_canonical_type(String alias, String canonical) {
        assertEquals(canonical, MediaTypes.canonical(alias));
    }

    @Test
    void aliases_are_supported_with_the_kind_of_their_canonical_type() {
        assertEquals(Optional.of(MediaKind.VIDEO), MediaTypes.kindOf("video/quicktime"));
        assertEquals(Optional.of(MediaKind.AUDIO), MediaTypes.kindOf("audio/mpeg"));
        assertTrue(MediaTypes.isSupported("image/jpg"));
    }

    @Test
    void unsupported_blank_and_null_types_have_no_kind() {
        assertEquals(Optional.empty(), MediaTypes.kindOf("image/gif"));
        assertEquals(Optional.empty(), MediaTypes.kindOf("application/pdf"));
        assertEquals(Optional.empty(), MediaTypes.kindOf("video/x-matroska"));
        assertEquals(Optional.empty(), MediaTypes.kindOf(""));
        assertEquals(Optional.empty(), MediaTypes.kindOf(null));
        assertFalse(MediaTypes.isSupported(null));
    }

    @ParameterizedTest
    @CsvSource({
        "photo.png, image/png", "photo.JPG, image/jpeg", "photo.jpeg, image/jpeg", "a.webp, image/webp",
        "a.heic, image/heic", "a.heif, image/heif", "clip.mp4, video/mp4", "clip.mpeg, video/mpeg",
        "clip.mpg, video/mpg", "clip.MOV, video/mov", "clip.avi, video/avi", "clip.flv, video/x-flv",
        "clip.webm, video/webm", "clip.wmv, video/wmv", "clip.3gp, video/3gpp", "a.wav, audio/wav",
        "a.mp3, audio/mp3", "a.aiff, audio/aiff", "a.aif, audio/aiff", "a.aac, audio/aac", "a.ogg, audio/ogg",
        "a.flac, audio/flac", "dir/sub.dir/tux.lossless.webp, image/webp", "C:\\x.y\\song.mp3, audio/mp3"})
    void file_extensions_suggest_a_type(String name, String mime) {
        assertEquals(Optional.of(mime), MediaTypes.guessFromFileName(name));
    }

    @Test
    void unknown_or_missing_extensions_suggest_nothing() {
        assertEquals(Optional.empty(), MediaTypes.guessFromFileName("notes.txt"));
        assertEquals(Optional.empty(), MediaTypes.guessFromFileName("README"));
        assertEquals(Optional.empty(), MediaTypes.guessFromFileName("trailing."));
        assertEquals(Optional.empty(), MediaTypes.guessFromFileName("folder.png/readme"));
        assertEquals(Optional.empty(), MediaTypes.guessFromFileName(null));
    }
}
