package dev.visionbook.media;

import static dev.visionbook.media.TestMedia.ascii;
import static dev.visionbook.media.TestMedia.concat;
import static dev.visionbook.media.TestMedia.ftyp;
import static dev.visionbook.media.TestMedia.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeSnifferTest {

    @ParameterizedTest
    @CsvSource({
        "groundtruth/shapes.png, image/png",
        "groundtruth/scene.png, image/png",
        "photos/astronaut.png, image/png",
        "groundtruth/shapes.jpg, image/jpeg",
        "groundtruth/scene.jpg, image/jpeg",
        "groundtruth/shapes.webp, image/webp",
        "photos/tux.lossless.webp, image/webp",
        "groundtruth/shapes.heic, image/heic",
        "groundtruth/scene.heic, image/heic",
        "video/synthetic.mp4, video/mp4",
        "video/slideshow.mp4, video/mp4",
        "video/synthetic.webm, video/webm",
        "audio/sense_and_sensibility_01_austen_64kb-0870.wav, audio/wav"})
    void real_files_sniff_as_their_format(String file, String mime) throws IOException {
        assertEquals(Optional.of(mime), MimeSniffer.sniff(TestMedia.file(file)));
    }

    @Test
    void a_text_file_named_cat_jpg_sniffs_as_nothing(@TempDir Path directory) throws IOException {
        Path cat = TestMedia.write(directory, "cat.jpg", ascii("This is not a picture of a cat.\n"));
        assertEquals(Optional.empty(), MimeSniffer.sniff(cat));
    }

    @Test
    void empty_and_tiny_content_sniffs_as_nothing(@TempDir Path directory) throws IOException {
        assertEquals(Optional.empty(), MimeSniffer.sniff(new byte[0]));
        assertEquals(Optional.empty(), MimeSniffer.sniff(new byte[] {(byte) 0xFF}));
        assertEquals(Optional.empty(), MimeSniffer.sniff(TestMedia.write(directory, "empty.mp4", new byte[0])));
    }

    @Test
    void json_svg_and_gif_are_not_supported_media() {
        assertEquals(Optional.empty(), MimeSniffer.sniff(TestMedia.bytes("groundtruth/shapes.json")));
        assertEquals(Optional.empty(), MimeSniffer.sniff(TestMedia.bytes("drawings/rocket.svg")));
        assertEquals(Optional.empty(), MimeSniffer.sniff(ascii("GIF89a\u0001\u0000\u0001\u0000")));
    }

    @Test
    void text_starting_with_g_is_not_an_mpeg_transport_stream() {
        assertEquals(Optional.empty(), MimeSniffer.sniff(ascii("Good morning, this is plain text.")));
    }

    @Test
    void transport_stream_starting_with_a_table_packet_is_mpeg_video() {
        assertEquals(Optional.of("video/mpeg"), MimeSniffer.sniff(hex("47 40 11 10 00 42 f0 25")));
        assertEquals(Optional.of("video/mpeg"), MimeSniffer.sniff(hex("47 40 00 10 00 00 b0 0d")));
    }

    @Test
    void mpeg_program_and_elementary_streams_are_mpeg_video() {
        assertEquals(Optional.of("video/mpeg"), MimeSniffer.sniff(hex("00 00 01 ba 44 00 04 00")));
        assertEquals(Optional.of("video/mpeg"), MimeSniffer.sniff(hex("00 00 01 b3 14 00 f0 13")));
    }

    @ParameterizedTest
    @CsvSource({
        "heic, mif1 heic, image/heic",
        "heix, mif1, image/heic",
        "mif1, heic, image/heic",
        "msf1, hevc, image/heic",
        "mif1, miaf, image/heif",
        "msf1, iso8, image/heif",
        "heif, mif1, image/heif",
        "isom, iso2 avc1 mp41, video/mp4",
        "mp42, isom, video/mp4",
        "'M4V ', 'M4A  mp42 isom', video/mp4",
        "dash, iso6, video/mp4",
        "'qt  ', 'qt  ', video/mov",
        "3gp4, 3gp4 isom, video/3gpp",
        "3gp5, 3gp5, video/3gpp",
        "3gp6, isom, video/3gpp",
        "3g2a, 3g2a, video/3gpp",
        "'M4A ', 'M4A  mp42 isom', audio/aac"})
    void iso_bmff_brands_tell_the_format(String major, String compatible, String mime) {
        assertEquals(Optional.of(mime), MimeSniffer.sniff(ftyp(major, compatible.split(" (?=\\S)"))));
    }

    @Test
    void avif_is_not_supported_even_behind_a_generic_heif_brand() {
        assertEquals(Optional.empty(), MimeSniffer.sniff(ftyp("avif", "avif", "mif1", "miaf")));
        assertEquals(Optional.empty(), MimeSniffer.sniff(ftyp("mif1", "avif", "miaf")));
        assertEquals(Optional.empty(), MimeSniffer.sniff(ftyp("avis", "avis", "msf1")));
    }

    @Test
    void unknown_iso_bmff_brands_sniff_as_nothing() {
        assertEquals(Optional.empty(), MimeSniffer.sniff(ftyp("crx ", "crx ")));
    }

    @Test
    void quicktime_without_ftyp_is_mov() {
        assertEquals(Optional.of("video/mov"), MimeSniffer.sniff(concat(hex("00 00 00 08"), ascii("wide"),
                hex("00 01 00 00"), ascii("mdat"))));
    }

    @Test
    void audio_frame_headers_are_recognised() {
        assertEquals(Optional.of("audio/aac"), MimeSniffer.sniff(hex("ff f1 50 80 02 1f fc")));
        assertEquals(Optional.of("audio/aac"), MimeSniffer.sniff(hex("ff f9 50 80 02 1f fc")));
        assertEquals(Optional.of("audio/mp3"), MimeSniffer.sniff(hex("ff fb 90 64 00 00 00")));
        assertEquals(Optional.of("audio/mp3"), MimeSniffer.sniff(hex("ff f3 40 c4 00 00 00")));
        assertEquals(Optional.of("audio/mp3"), MimeSniffer.sniff(concat(ascii("ID3"), hex("04 00 00 00 00 00 22"))));
    }

    @Test
    void invalid_mpeg_audio_headers_are_not_mp3() {
        // reserved version bits, then a bitrate index of 15
        assertEquals(Optional.empty(), MimeSniffer.sniff(hex("ff eb 90 64")));
        assertEquals(Optional.empty(), MimeSniffer.sniff(hex("ff fb f0 64")));
    }

    @Test
    void riff_and_iff_forms_are_told_apart() {
        byte[] size = hex("24 00 00 00");
        assertEquals(Optional.of("image/webp"), MimeSniffer.sniff(concat(ascii("RIFF"), size, ascii("WEBPVP8 "))));
        assertEquals(Optional.of("video/avi"), MimeSniffer.sniff(concat(ascii("RIFF"), size, ascii("AVI LIST"))));
        assertEquals(Optional.of("audio/wav"), MimeSniffer.sniff(concat(ascii("RIFF"), size, ascii("WAVEfmt "))));
        assertEquals(Optional.empty(), MimeSniffer.sniff(concat(ascii("RIFF"), size, ascii("CDXAfmt "))));
        assertEquals(Optional.of("audio/aiff"), MimeSniffer.sniff(concat(ascii("FORM"), size, ascii("AIFFCOMM"))));
        assertEquals(Optional.of("audio/aiff"), MimeSniffer.sniff(concat(ascii("FORM"), size, ascii("AIFCFVER"))));
    }

    @Test
    void only_the_first_64_bytes_are_considered() {
        byte[] lateSignature = concat(new byte[64], hex("89 50 4e 47 0d 0a 1a 0a"));
        assertEquals(Optional.empty(), MimeSniffer.sniff(lateSignature));
    }

    @Test
    void iso_bmff_video_containers_are_compatible_with_each_other() {
        assertTrue(MimeSniffer.compatible("video/mp4", "video/mov"));
        assertTrue(MimeSniffer.compatible("video/quicktime", "video/mp4"));
        assertTrue(MimeSniffer.compatible("video/3gpp", "video/mp4"));
        assertTrue(MimeSniffer.compatible("video/mov", "video/3gpp"));
    }

    @Test
    void heic_and_heif_are_compatible_and_so_are_mpeg_and_mpg() {
        assertTrue(MimeSniffer.compatible("image/heif", "image/heic"));
        assertTrue(MimeSniffer.compatible("image/heic", "image/heif"));
        assertTrue(MimeSniffer.compatible("video/mpg", "video/mpeg"));
    }

    @Test
    void otherwise_the_canonical_types_must_match() {
        assertTrue(MimeSniffer.compatible("audio/mpeg", "audio/mp3"));
        assertTrue(MimeSniffer.compatible("IMAGE/JPG", "image/jpeg"));
        assertFalse(MimeSniffer.compatible("image/png", "image/jpeg"));
        assertFalse(MimeSniffer.compatible("video/webm", "video/mp4"));
        assertFalse(MimeSniffer.compatible("video/mp4", "audio/aac"));
        assertFalse(MimeSniffer.compatible("audio/wav", "video/avi"));
        assertFalse(MimeSniffer.compatible("image/gif", "image/gif"));
        assertFalse(MimeSniffer.compatible(null, "image/png"));
        assertFalse(MimeSniffer.compatible("image/png", null));
    }
}
