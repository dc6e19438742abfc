package dev.visionbook.kernel.runner;

import dev.visionbook.display.HtmlText;

/**
 * Terminal text (streams and tracebacks) as HTML: SGR colour codes become styled spans, every other
 * escape sequence and control character is dropped, and a carriage return overwrites its line the
 * way a terminal would, so progress bars show their last state. No raw escape character survives.
 */
final class AnsiText {

    private static final char ESC = '\u001b';
    // Jupyter's own ANSI palette: normal colours 0-7, then bright 8-15.
    private static final String[] PALETTE = {
        "#3e424d", "#e75c58", "#00a250", "#ddb62b", "#208ffb", "#d160c4", "#60c6c8", "#c5c1b4",
        "#282c36", "#b22b31", "#007427", "#b27d12", "#0065ca", "#a03196", "#258f8f", "#a1a6b2",
    };
    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};

    private AnsiText() {
    }

    /** The text escaped for HTML, with colours as spans. */
    static String toHtml(String text) {
        return new Converter().convert(overwriteCarriageReturns(text), true);
    }

    /** The text without any escape sequence or control character, not escaped. */
    static String plain(String text) {
        return new Converter().convert(overwriteCarriageReturns(text), false);
    }

    /** Keeps, on each line, only what follows its last lone carriage return. */
    static String overwriteCarriageReturns(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // A trailing \r (a progress bar that has not redrawn yet) must not blank the line.
            while (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            result.append(line.substring(line.lastIndexOf('\r') + 1));
            if (i < lines.length - 1) {
                result.append('\n');
            }
        }
        return result.toString();
    }

    /** One pass over the text, tracking the current SGR state. */
    private static final class Converter {
        private final StringBuilder out = new StringBuilder();
        private String foreground;
        private String background;
        private boolean bold;
        private boolean italic;
        private boolean underline;
        private boolean spanOpen;
        private boolean styled;

        String convert(String text, boolean html) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == ESC) {
                    i = skipEscape(text, i, html);
                    continue;
                }
                if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                    i++;
                    continue;
                }
                if (html && styled && !spanOpen) {
                    openSpan();
                }
                if (html) {
                    HtmlText.appendEscaped(out, c);
                } else {
                    out.append(c);
                }
                i++;
            }
            if (spanOpen) {
                out.append("</span>");
            }
            return out.toString();
        }

        /** Skips the escape sequence at {@code start}, applying it if it is SGR; returns where text resumes. */
        private int skipEscape(String text, int start, boolean html) {
            int i = start + 1;
            if (i >= text.length()) {
                return i;
            }
            char kind = text.charAt(i);
            if (kind == '[') {
                int end = i + 1;
                while (end < text.length() && (text.charAt(end) < 0x40 || text.charAt(end) > 0x7e)) {
                    end++;
                }
                if (end < text.length() && text.charAt(end) == 'm' && html) {
                    applySgr(text.substring(i + 1, end));
                }
                return Math.min(end + 1, text.length());
            }
            if (kind == ']') {
                // Operating system command (window title, hyperlink): ends with BEL or ESC \.
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '\u0007' && text.charAt(end) != ESC) {
                    end++;
                }
                return Math.min(end + (end < text.length() && text.charAt(end) == ESC ? 2 : 1), text.length());
            }
            return i + 1;
        }

        private void applySgr(String parameters) {
            String[] parts = parameters.isEmpty() ? new String[] {"0"} : parameters.split("[;:]", -1);
            int[] codes = new int[parts.length];
            for (int k = 0; k < parts.length; k++) {
                codes[k] = parts[k].matches("\\d{1,3}") ? Integer.parseInt(parts[k]) : 0;
            }
            for (int k = 0; k < codes.length; k++) {
                int code = codes[k];
                if (code == 0) {
                    foreground = background = null;
                    bold = italic = underline = false;
                } else if (code == 1) {
                    bold = true;
                } else if (code == 22) {
                    bold = false;
                } else if (code == 3) {
                    italic = true;
                } else if (code == 23) {
                    italic = false;
                } else if (code == 4) {
                    underline = true;
                } else if (code == 24) {
                    underline = false;
                } else if (code >= 30 && code <= 37) {
                    foreground = PALETTE[code - 30];
                } else if (code >= 90 && code <= 97) {
                    foreground = PALETTE[code - 90 + 8];
                } else if (code == 39) {
                    foreground = null;
                } else if (code >= 40 && code <= 47) {
                    background = PALETTE[code - 40];
                } else if (code >= 100 && code <= 107) {
                    background = PALETTE[code - 100 + 8];
                } else if (code == 49) {
                    background = null;
                } else if (code == 38 || code == 48) {
                    String[] colour = new String[1];
                    k = extendedColour(codes, k, colour);
                    if (code == 38) {
                        foreground = colour[0];
                    } else {
                        background = colour[0];
                    }
                }
            }
            // Close now; the next visible character opens a span with the new style.
            if (spanOpen) {
                out.append("</span>");
                spanOpen = false;
            }
            styled = foreground != null || background != null || bold || italic || underline;
        }

        /** Reads 5;n or 2;r;g;b after code 38/48 at {@code k}; returns the index of its last part. */
        private static int extendedColour(int[] codes, int k, String[] colour) {
            if (k + 2 < codes.length && codes[k + 1] == 5) {
                colour[0] = indexedColour(codes[k + 2]);
                return k + 2;
            }
            if (k + 4 < codes.length && codes[k + 1] == 2) {
                colour[0] = hex(codes[k + 2], codes[k + 3], codes[k + 4]);
                return k + 4;
            }
            return codes.length;
        }

        private static String indexedColour(int n) {
            if (n < 16) {
                return PALETTE[n];
            }
            if (n < 232) {
                int cube = n - 16;
                return hex(CUBE_LEVELS[cube / 36], CUBE_LEVELS[cube / 6 % 6], CUBE_LEVELS[cube % 6]);
            }
            int grey = Math.min(255, 8 + 10 * (n - 232));
            return hex(grey, grey, grey);
        }

        private static String hex(int r, int g, int b) {
            return String.format("#%02x%02x%02x", Math.min(r, 255), Math.min(g, 255), Math.min(b, 255));
        }

        private void openSpan() {
            StringBuilder style = new StringBuilder();
            if (foreground != null) {
                style.append("color:").append(foreground).append(';');
            }
            if (background != null) {
                style.append("background-color:").append(background).append(';');
            }
            if (bold) {
                style.append("font-weight:bold;");
            }
            if (italic) {
                style.append("font-style:italic;");
            }
            if (underline) {
                style.append("text-decoration:underline;");
            }
            out.append("<span style=\"").append(style).append("\">");
            spanOpen = true;
        }
    }
}
