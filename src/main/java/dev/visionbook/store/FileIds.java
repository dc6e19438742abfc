package dev.visionbook.store;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** File ids as the service makes and accepts them. */
final class FileIds {

    // Real ids are 12 lowercase alphanumerics; SDKs cut a URI at the first non-alphanumeric,
    // so generated ids never contain a dash.
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern VALID = Pattern.compile("[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileIds() {
    }

    static String generate() {
        return random(12);
    }

    static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** Accepts {@code abc} or {@code files/abc}; returns the bare id. */
    static String validate(String requested) throws StoreException {
        String id = requested.startsWith("files/") ? requested.substring("files/".length()) : requested;
        if (!VALID.matcher(id).matches()) {
            throw new StoreException(StoreException.Problem.INVALID_NAME,
                    "Invalid file name '" + requested + "': use 1 to 40 characters of lowercase letters,"
                            + " digits and dashes, not starting or ending with a dash.");
        }
        return id;
    }
}
