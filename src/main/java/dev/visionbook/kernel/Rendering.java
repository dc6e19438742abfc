package dev.visionbook.kernel;

import dev.visionbook.display.Displayable;
import dev.visionbook.display.ImageDisplay;
import dev.visionbook.display.MimeBundle;
import dev.visionbook.display.TableDisplay;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import tech.tablesaw.api.Table;

/**
 * How a value shows in a notebook: a {@link Displayable} through its own MIME bundle, a
 * {@link BufferedImage} as PNG, a Tablesaw {@link Table} as an HTML and Markdown table, anything
 * else as text.
 */
final class Rendering {

    private Rendering() {
    }

    static MimeBundle bundle(Object value) {
        if (value instanceof MimeBundle bundle) {
            return bundle;
        }
        if (value instanceof Displayable displayable) {
            MimeBundle bundle = displayable.mimeBundle();
            return bundle != null ? bundle : MimeBundle.text(String.valueOf(value));
        }
        if (value instanceof BufferedImage image) {
            return ImageDisplay.of(image).mimeBundle();
        }
        if (value instanceof Table table) {
            return TableDisplay.of(table).mimeBundle();
        }
        return MimeBundle.text(text(value));
    }

    /** A cell's last value as a bundle; a value whose own rendering throws fails the cell with that said. */
    static MimeBundle result(Object value) {
        try {
            return bundle(value);
        } catch (RuntimeException e) {
            throw ErrorFormatter.internal(new IllegalStateException("The value could not show itself: " + e, e));
        }
    }

    /** The plain text of a value; arrays show their elements rather than a type and hash. */
    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            String deep = Arrays.deepToString(new Object[] {value});
            return deep.substring(1, deep.length() - 1);
        }
        return String.valueOf(value);
    }

    static DisplayData displayData(MimeBundle bundle) {
        DisplayData data = new DisplayData();
        bundle.data().forEach(data::putData);
        bundle.metadata().forEach(data::putMetaData);
        return data;
    }
}
