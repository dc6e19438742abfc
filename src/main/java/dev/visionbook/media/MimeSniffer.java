package dev.visionbook.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a file's MIME type from its first bytes, ignoring its name: an upload called
 * {@code cat.jpg} that contains text sniffs as nothing.
 */
public final class MimeSniffer {

    /** How much of a file the signatures need. */
    public static final int HEAD_LENGTH = 64;

    private static final Set<String> ISO_BMFF_VIDEO = Set.of("video/mp4", "video/mov", "video/3gpp");
    private static final Set<String> HEIF_IMAGES = Set.of("image/heic", "image/heif");
    private static final Set<String> MPEG_VIDEO = Set.of("video/mpeg", "video/mpg");

    /** MPEG-TS PIDs a stream usually starts with: PAT, CAT, NIT, SDT, EIT, null packets. */
    private static final Set<Integer> TS_FIRST_PIDS = Set.of(0x0000, 0x0001, 0x0010, 0x0011, 0x0012, 0x1FFF);

    private MimeSniffer() {
    }

    /** Sniffs the first {@value #HEAD_LENGTH} bytes of a file. */
    public static Optional<String> sniff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sniff(in.readNBytes(HEAD_LENGTH));
        }
    }

    /**
     * Sniffs a supported MIME type (canonical name) from the start of some content; only the first
     * {@value #HEAD_LENGTH} bytes are looked at. Empty for unsupported or unrecognised content.
     */
    public static Optional<String> sniff(byte[] head) {
        byte[] h = head.length > HEAD_LENGTH ? Arrays.copyOf(head, HEAD_LENGTH) : head;
        if (Bytes.startsWith(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (Bytes.startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (Bytes.asciiAt(h, 4, "ftyp")) {
            return IsoBmffBrands.mimeOf(h);
        }
        if (Bytes.asciiAt(h, 0, "RIFF") || Bytes.asciiAt(h, 0, "RF64")) {
            return riff(h);
        }
        if (Bytes.asciiAt(h, 0, "FORM") && (Bytes.asciiAt(h, 8, "AIFF") || Bytes.asciiAt(h, 8, "AIFC"))) {
            return Optional.of("audio/aiff");
        }
        if (Bytes.startsWith(h, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("video/webm");
        }
        if (Bytes.startsWith(h, 'F', 'L', 'V', 0x01)) {
            return Optional.of("video/x-flv");
        }
        if (Bytes.startsWith(h, 0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11)) {
            return Optional.of("video/wmv");
        }
        if (Bytes.startsWith(h, 0x00, 0x00, 0x01, 0xBA) || Bytes.startsWith(h, 0x00, 0x00, 0x01, 0xB3)
                || isTransportStream(h)) {
            return Optional.of("video/mpeg");
        }
        if (isOldQuickTime(h)) {
            return Optional.of("video/mov");
        }
        if (Bytes.asciiAt(h, 0, "OggS")) {
            return Optional.of("audio/ogg");
        }
        if (Bytes.asciiAt(h, 0, "fLaC")) {
            return Optional.of("audio/flac");
        }
        if (isAdtsAac(h)) {
            return Optional.of("audio/aac");
        }
        if (Bytes.asciiAt(h, 0, "ID3") || isMpegAudioFrame(h)) {
            return Optional.of("audio/mp3");
        }
        return Optional.empty();
    }

    /**
     * Whether content sniffed as {@code sniffed} may be served under the declared type: same
     * canonical type, or the same container family (MP4/MOV/3GPP, HEIC/HEIF, MPEG/MPG).
     */
    public static boolean compatible(String declared, String sniffed) {
        if (declared == null || sniffed == null) {
            return false;
        }
        String a = MediaTypes.canonical(declared);
        String b = MediaTypes.canonical(sniffed);
        if (!MediaTypes.isSupported(a) || !MediaTypes.isSupported(b)) {
            return false;
        }
        return a.equals(b) || bothIn(ISO_BMFF_VIDEO, a, b) || bothIn(HEIF_IMAGES, a, b) || bothIn(MPEG_VIDEO, a, b);
    }

    private static boolean bothIn(Set<String> family, String a, String b) {
        return family.contains(a) && family.contains(b);
    }

    private static Optional<String> riff(byte[] h) {
        if (Bytes.asciiAt(h, 8, "WEBP")) {
            return Optional.of("image/webp");
        }
        if (Bytes.asciiAt(h, 8, "AVI ")) {
            return Optional.of("video/avi");
        }
        if (Bytes.asciiAt(h, 8, "WAVE")) {
            return Optional.of("audio/wav");
        }
        return Optional.empty();
    }

    /**
     * A 0x47 sync byte alone would match any text starting with "G" (and every GIF), so the packet
     * header must also be plausible: no transport error, a payload, and one of the PIDs muxers
     * start with. The 188-byte packet repeat cannot be checked within the head we read.
     */
    private static boolean isTransportStream(byte[] h) {
        if (h.length < 4 || Bytes.u8(h, 0) != 0x47) {
            return false;
        }
        boolean transportError = (Bytes.u8(h, 1) & 0x80) != 0;
        int pid = Bytes.u16be(h, 1) & 0x1FFF;
        int adaptationControl = (Bytes.u8(h, 3) >> 4) & 0x3;
        return !transportError && adaptationControl != 0 && TS_FIRST_PIDS.contains(pid);
    }

    /** QuickTime files from before the ftyp box was introduced start directly with one of these atoms. */
    private static boolean isOldQuickTime(byte[] h) {
        if (h.length < 8 || Bytes.u32be(h, 0) < 8) {
            return false;
        }
        return Bytes.asciiAt(h, 4, "moov") || Bytes.asciiAt(h, 4, "mdat") || Bytes.asciiAt(h, 4, "wide")
                || Bytes.asciiAt(h, 4, "pnot");
    }

    /** ADTS: 12-bit sync, layer bits 00 (that is what separates it from MP3), a valid sampling index. */
    private static boolean isAdtsAac(byte[] h) {
        if (h.length < 3 || Bytes.u8(h, 0) != 0xFF || (Bytes.u8(h, 1) & 0xF6) != 0xF0) {
            return false;
        }
        int samplingIndex = (Bytes.u8(h, 2) >> 2) & 0xF;
        return samplingIndex < 13;
    }

    /** MPEG audio frame header: 11-bit sync, no reserved version, layer, bitrate or sample rate. */
    private static boolean isMpegAudioFrame(byte[] h) {
        if (h.length < 4 || Bytes.u8(h, 0) != 0xFF || (Bytes.u8(h, 1) & 0xE0) != 0xE0) {
            return false;
        }
        int version = (Bytes.u8(h, 1) >> 3) & 0x3;
        int layer = (Bytes.u8(h, 1) >> 1) & 0x3;
        int bitrateIndex = (Bytes.u8(h, 2) >> 4) & 0xF;
        int sampleRateIndex = (Bytes.u8(h, 2) >> 2) & 0x3;
        return version != 1 && layer != 0 && bitrateIndex != 0xF && sampleRateIndex != 3;
    }
}
