package dev.visionbook.media;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells HEIC, HEIF, AVIF, MP4, QuickTime and 3GPP apart from the brands in an ISO BMFF
 * {@code ftyp} box. They share one container, so the brands are the only cheap clue.
 */
final class IsoBmffBrands {

    private enum Family { HEIC, HEIF, AVIF, MP4, MOV, THREE_GPP, M4A }

    private static final Set<String> HEIC = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx");
    private static final Set<String> HEIF = Set.of("mif1", "msf1", "heif");
    private static final Set<String> AVIF = Set.of("avif", "avis");
    private static final Set<String> MP4 = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
            "iso8", "iso9", "mp41", "mp42", "mp71", "avc1", "av01", "dash", "m4v ", "m4vh", "m4vp", "f4v ",
            "mmp4", "msnv", "xavc", "cmfc", "cmfv", "mp4v");
    private static final Set<String> M4A = Set.of("m4a ", "m4b ", "m4p ", "f4a ");

    /** Generic brands (isom, mif1) appear in many formats' lists, so their families are tried last. */
    private static final List<Family> SPECIFIC_FIRST = List.of(Family.AVIF, Family.HEIC, Family.THREE_GPP,
            Family.MOV, Family.MP4, Family.M4A, Family.HEIF);

    private IsoBmffBrands() {
    }

    /**
     * The MIME type for an {@code ftyp} box at the start of {@code head}, or empty when the brands
     * are unknown or name an unsupported format (AVIF).
     */
    static Optional<String> mimeOf(byte[] head) {
        List<String> brands = brands(head);
        if (brands.isEmpty()) {
            return Optional.empty();
        }
        Optional<Family> major = familyOf(brands.get(0));
        List<String> compatible = brands.subList(1, brands.size());
        Family family;
        if (major.isEmpty()) {
            family = mostSpecific(compatible, SPECIFIC_FIRST).orElse(null);
        } else if (major.get() == Family.HEIF) {
            // mif1/msf1 is the base every HEIF-family image builds on: only the codec brands
            // refine it (and AVIF is unsupported). Image sequences also list MP4 brands.
            family = mostSpecific(compatible, List.of(Family.AVIF, Family.HEIC)).orElse(Family.HEIF);
        } else {
            family = major.get();
        }
        return Optional.ofNullable(family).flatMap(IsoBmffBrands::mimeOf);
    }

    /** Major brand first, then the compatible brands that fit in {@code head}. */
    private static List<String> brands(byte[] head) {
        List<String> brands = new ArrayList<>();
        if (head.length < 12 || !Bytes.asciiAt(head, 4, "ftyp")) {
            return brands;
        }
        long boxSize = Bytes.u32be(head, 0);
        int end = (int) Math.min(head.length, boxSize < 16 ? 12 : boxSize);
        brands.add(brandAt(head, 8));
        for (int offset = 16; offset + 4 <= end; offset += 4) {
            brands.add(brandAt(head, offset));
        }
        return brands;
    }

    private static String brandAt(byte[] head, int offset) {
        // Brands are case-sensitive in the spec, but M4V/M4A are written upper case and nothing
        // collides when folded, so folding keeps the tables short.
        return new String(head, offset, 4, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    private static Optional<Family> mostSpecific(List<String> compatible, List<Family> preference) {
        for (Family wanted : preference) {
            if (compatible.stream().anyMatch(brand -> familyOf(brand).orElse(null) == wanted)) {
                return Optional.of(wanted);
            }
        }
        return Optional.empty();
    }

    private static Optional<Family> familyOf(String brand) {
        if (HEIC.contains(brand)) {
            return Optional.of(Family.HEIC);
        }
        if (HEIF.contains(brand)) {
            return Optional.of(Family.HEIF);
        }
        if (AVIF.contains(brand)) {
            return Optional.of(Family.AVIF);
        }
        if (brand.equals("qt  ")) {
            return Optional.of(Family.MOV);
        }
        if (brand.startsWith("3gp") || brand.startsWith("3g2") || brand.startsWith("3ge") || brand.startsWith("3gg")
                || brand.startsWith("3gs")) {
            return Optional.of(Family.THREE_GPP);
        }
        if (MP4.contains(brand)) {
            return Optional.of(Family.MP4);
        }
        if (M4A.contains(brand)) {
            return Optional.of(Family.M4A);
        }
        return Optional.empty();
    }

    private static Optional<String> mimeOf(Family family) {
        return switch (family) {
            case HEIC -> Optional.of("image/heic");
            case HEIF -> Optional.of("image/heif");
            case AVIF -> Optional.empty();
            case MP4 -> Optional.of("video/mp4");
            case MOV -> Optional.of("video/mov");
            case THREE_GPP -> Optional.of("video/3gpp");
            // AAC is almost always stored in an MP4 (.m4a) container; Gemini's audio/aac is the
            // closest supported type.
            case M4A -> Optional.of("audio/aac");
        };
    }
}
