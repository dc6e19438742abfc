package dev.visionbook.media;

import java.nio.charset.StandardCharsets;

/** Bounds-checked reads of fixed-width fields from byte arrays; out-of-range reads are never errors here. */
final class Bytes {

    private Bytes() {
    }

    static boolean startsWith(byte[] data, int... prefix) {
        return matchesAt(data, 0, prefix);
    }

    static boolean matchesAt(byte[] data, int offset, int... expected) {
        if (offset < 0 || offset + expected.length > data.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean asciiAt(byte[] data, int offset, String text) {
        if (offset < 0 || offset + text.length() > data.length) {
            return false;
        }
        return new String(data, offset, text.length(), StandardCharsets.ISO_8859_1).equals(text);
    }

    static int u8(byte[] data, int offset) {
        return data[offset] & 0xFF;
    }

    static int u16be(byte[] data, int offset) {
        return (u8(data, offset) << 8) | u8(data, offset + 1);
    }

    static int u16le(byte[] data, int offset) {
        return u8(data, offset) | (u8(data, offset + 1) << 8);
    }

    static int u24le(byte[] data, int offset) {
        return u16le(data, offset) | (u8(data, offset + 2) << 16);
    }

    static long u32be(byte[] data, int offset) {
        return ((long) u16be(data, offset) << 16) | u16be(data, offset + 2);
    }

    static long u32le(byte[] data, int offset) {
        return u16le(data, offset) | ((long) u16le(data, offset + 2) << 16);
    }

    static long u64be(byte[] data, int offset) {
        return (u32be(data, offset) << 32) | u32be(data, offset + 4);
    }

    static String fourCc(byte[] data, int offset) {
        return new String(data, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
