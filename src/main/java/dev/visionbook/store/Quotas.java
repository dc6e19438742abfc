package dev.visionbook.store;

/** The messages of the size limits, in one place. */
final class Quotas {

    private Quotas() {
    }

    static StoreException fileTooLarge(long maxFileBytes) {
        return new StoreException(StoreException.Problem.FILE_TOO_LARGE,
                "The file is larger than the limit of " + human(maxFileBytes) + " per file."
                        + " Split or compress it before uploading.");
    }

    static StoreException projectFull(long used, long adding, long maxProjectBytes) {
        return new StoreException(StoreException.Problem.QUOTA_EXCEEDED,
                "Storage quota exceeded: the project uses " + human(used) + " and this file adds " + human(adding)
                        + ", over the limit of " + human(maxProjectBytes) + ". Delete files you no longer need.");
    }

    static StoreException tooManyUploads(int maxOpenUploads) {
        return new StoreException(StoreException.Problem.TOO_MANY_UPLOADS,
                "The project has " + maxOpenUploads + " unfinished uploads, the most it may hold at once."
                        + " Finish or cancel some (X-Goog-Upload-Command: cancel), or wait until idle ones expire.");
    }

    /** A chunk would carry the upload past the size declared at its start. */
    static StoreException pastDeclaredSize(long declared, long received) {
        return new StoreException(StoreException.Problem.SIZE_MISMATCH,
                "The upload was declared as " + declared + " bytes (X-Goog-Upload-Header-Content-Length or"
                        + " sizeBytes), but this chunk runs past that: " + received + " bytes were received before"
                        + " it. Nothing was published and the chunk was dropped; send at most " + (declared - received)
                        + " more bytes from offset " + received + ".");
    }

    /** A finalize came before the declared size had arrived. */
    static StoreException shortOfDeclaredSize(long declared, long received) {
        return new StoreException(StoreException.Problem.SIZE_MISMATCH,
                "The upload was declared as " + declared + " bytes (X-Goog-Upload-Header-Content-Length or"
                        + " sizeBytes), but only " + received + " bytes arrived before finalize. Nothing was"
                        + " published; send the remaining " + (declared - received) + " bytes from offset " + received
                        + " with X-Goog-Upload-Command: upload, finalize.");
    }

    static String human(long bytes) {
        if (bytes >= StoreLimits.GB && bytes % (StoreLimits.GB / 10) == 0) {
            return trim(bytes / (double) StoreLimits.GB) + " GB";
        }
        if (bytes >= 1024 * 1024) {
            return trim(bytes / (1024.0 * 1024)) + " MB";
        }
        return bytes + " bytes";
    }

    private static String trim(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
