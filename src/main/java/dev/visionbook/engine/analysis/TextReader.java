package dev.visionbook.engine.analysis;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads text with Tesseract (bytedeco natives) and the English model {@code eng.traineddata}
 * from Debian's {@code tesseract-ocr-eng} (or {@code $TESSDATA_PREFIX}). Words read with low
 * confidence are dropped, so noise in drawings and photos is not reported as text.
 *
 * <p>Threading: a Tesseract instance serves one thread at a time; instances are kept in a pool
 * and reused, so concurrent callers each get their own.
 */
public final class TextReader {

    private static final Logger LOG = LoggerFactory.getLogger(TextReader.class);
    private static final List<Path> TESSDATA = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"), Path.of("/usr/share/tessdata"));
    private static final Pattern WORDLIKE = Pattern.compile(".*[\\p{L}\\p{N}].*[\\p{L}\\p{N}].*|\\p{N}");
    private static final int MIN_CONFIDENCE = 60;
    private static final int WHOLE_IMAGE_CONFIDENCE = 85;
    private static final Pattern LONG_WORD = Pattern.compile(".*[\\p{L}\\p{N}].*[\\p{L}\\p{N}].*[\\p{L}\\p{N}].*");
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final Optional<Path> tessdata = locate();
    private final ConcurrentLinkedQueue<TessBaseAPI> idle = new ConcurrentLinkedQueue<>();

    /** Why text cannot be read here, or empty when it can. */
    public Optional<String> unavailable() {
        if (tessdata.isPresent()) {
            return Optional.empty();
        }
        return Optional.of("text reading (OCR) is not available: eng.traineddata was not found in " + TESSDATA
                + " or $TESSDATA_PREFIX; install the Debian package tesseract-ocr-eng");
    }

    /** The lines of text anywhere in {@code image}, top to bottom; empty when OCR is unavailable. */
    public List<TextLine> read(BufferedImage image) {
        return read(image, List.of());
    }

    /**
     * The lines of text in {@code image}. With {@code regions} (the objects found on a plain
     * background) each region is read on its own as a block of text, which is far more reliable
     * than laying out a page of shapes; without, the whole image is searched for sparse text and
     * only words read with high confidence are kept.
     */
    public List<TextLine> read(BufferedImage image, List<PixelBox> regions) {
        if (tessdata.isEmpty()) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warn("The local engine cannot read text: {}", unavailable().orElseThrow());
            }
            return List.of();
        }
        List<TextLine> lines = new ArrayList<>();
        if (regions.isEmpty()) {
            lines.addAll(recognise(image, 0, 0, tesseract.PSM_SPARSE_TEXT, WHOLE_IMAGE_CONFIDENCE));
        }
        for (PixelBox region : regions) {
            int margin = Math.max(8, region.height() / 4);
            int left = Math.max(0, region.left() - margin);
            int top = Math.max(0, region.top() - margin);
            int right = Math.min(image.getWidth(), region.right() + margin);
            int bottom = Math.min(image.getHeight(), region.bottom() + margin);
            if (right - left < 8 || bottom - top < 8) {
                continue;
            }
            lines.addAll(recognise(image.getSubimage(left, top, right - left, bottom - top), left, top,
                    tesseract.PSM_SINGLE_BLOCK, MIN_CONFIDENCE));
        }
        lines.sort(java.util.Comparator.comparingInt((TextLine line) -> line.box().top())
                .thenComparingInt(line -> line.box().left()));
        return List.copyOf(lines);
    }

    private List<TextLine> recognise(BufferedImage image, int offsetX, int offsetY, int mode, int minConfidence) {
        // Tesseract reads text best at 20-40 px letter height; small images are enlarged twice.
        int scale = Math.min(image.getWidth(), image.getHeight()) < 40 ? 2 : 1;
        // At scale 1 an opaque frame is used as it is: a copy would draw it once more for nothing.
        BufferedImage gray = scale == 1 ? Pixels.opaque(image)
                : Pixels.scaled(image, image.getWidth() * scale, image.getHeight() * scale);
        byte[] luma = Pixels.gray(gray);
        TessBaseAPI api = take();
        try {
            api.SetPageSegMode(mode);
            api.SetImage(luma, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
            api.SetSourceResolution(96);
            if (api.Recognize(null) != 0) {
                return List.of();
            }
            List<TextLine> lines = new ArrayList<>();
            for (TextLine line : lines(api, scale, minConfidence)) {
                PixelBox box = line.box();
                lines.add(new TextLine(line.text(), new PixelBox(box.left() + offsetX, box.top() + offsetY,
                        box.right() + offsetX, box.bottom() + offsetY), line.confidence()));
            }
            return lines;
        } finally {
            api.Clear();
            idle.add(api);
        }
    }

    private static List<TextLine> lines(TessBaseAPI api, int scale, int minConfidence) {
        List<TextLine> lines = new ArrayList<>();
        ResultIterator words = api.GetIterator();
        if (words == null) {
            return lines;
        }
        StringBuilder text = new StringBuilder();
        PixelBox box = null;
        double confidence = 0;
        int count = 0;
        try (IntPointer left = new IntPointer(1); IntPointer top = new IntPointer(1);
             IntPointer right = new IntPointer(1); IntPointer bottom = new IntPointer(1)) {
            do {
                if (words.IsAtBeginningOf(tesseract.RIL_TEXTLINE) && count > 0) {
                    lines.add(new TextLine(text.toString(), box, (int) Math.round(confidence / count)));
                    text.setLength(0);
                    box = null;
                    confidence = 0;
                    count = 0;
                }
                BytePointer utf8 = words.GetUTF8Text(tesseract.RIL_WORD);
                if (utf8 == null) {
                    continue;
                }
                String word = utf8.getString(java.nio.charset.StandardCharsets.UTF_8).strip();
                utf8.deallocate();
                float wordConfidence = words.Confidence(tesseract.RIL_WORD);
                if (wordConfidence < minConfidence || !WORDLIKE.matcher(word).matches()
                        || (minConfidence >= WHOLE_IMAGE_CONFIDENCE && !LONG_WORD.matcher(word).matches())) {
                    continue;
                }
                words.BoundingBox(tesseract.RIL_WORD, left, top, right, bottom);
                PixelBox wordBox = new PixelBox(left.get() / scale, top.get() / scale, right.get() / scale,
                        bottom.get() / scale);
                box = box == null ? wordBox : box.union(wordBox);
                text.append(text.length() == 0 ? "" : " ").append(word);
                confidence += wordConfidence;
                count++;
            } while (words.Next(tesseract.RIL_WORD));
        } finally {
            words.deallocate();
        }
        if (count > 0) {
            lines.add(new TextLine(text.toString(), box, (int) Math.round(confidence / count)));
        }
        return lines;
    }

    private TessBaseAPI take() {
        TessBaseAPI api = idle.poll();
        if (api != null) {
            return api;
        }
        api = new TessBaseAPI();
        api.SetVariable("debug_file", "/dev/null");
        if (api.Init(tessdata.orElseThrow().toString(), "eng") != 0) {
            api.close();
            throw new IllegalStateException("Tesseract could not load eng.traineddata from " + tessdata.get());
        }
        return api;
    }

    private static Optional<Path> locate() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        List<Path> candidates = new ArrayList<>();
        if (prefix != null && !prefix.isBlank()) {
            candidates.add(Path.of(prefix));
            candidates.add(Path.of(prefix, "tessdata"));
        }
        candidates.addAll(TESSDATA);
        return candidates.stream().filter(dir -> Files.isRegularFile(dir.resolve("eng.traineddata"))).findFirst();
    }
}
