package dev.visionbook.server;

import dev.visionbook.media.ImageProbe;
import dev.visionbook.media.MediaException;
import dev.visionbook.media.MediaKind;
import dev.visionbook.media.MediaTypes;
import dev.visionbook.media.MimeSniffer;
import dev.visionbook.store.ContentInspector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a finished upload against its declared MIME type: images are read at once (ACTIVE or
 * FAILED), videos and audio wait for background decoding (PROCESSING), and types the service
 * does not support are kept as they are, because the service too accepts them and refuses them
 * only when a prompt uses them.
 */
final class UploadInspector implements ContentInspector {

    @Override
    public Verdict inspect(Path content, String mimeType) {
        Optional<MediaKind> kind = MediaTypes.kindOf(mimeType);
        if (kind.isEmpty()) {
            return Verdict.active();
        }
        Optional<String> sniffed;
        try {
            sniffed = MimeSniffer.sniff(content);
        } catch (IOException e) {
            return Verdict.failed("The uploaded bytes could not be read: " + e.getMessage());
        }
        if (sniffed.isEmpty() || !MimeSniffer.compatible(mimeType, sniffed.get())) {
            return Verdict.failed("The file was declared as " + mimeType + " but its contents are "
                    + sniffed.map(type -> "a " + type + " file").orElse("not a known media format")
                    + ". Upload it with the MIME type that matches its contents.");
        }
        if (kind.get() != MediaKind.IMAGE) {
            return Verdict.processing();
        }
        try {
            ImageProbe.probe(content, mimeType);
            return Verdict.active();
        } catch (MediaException e) {
            return Verdict.failed(e.getMessage());
        }
    }
}
