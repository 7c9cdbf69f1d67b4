package io.carepulse.consent.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text broken into lines that fit a width, at spaces; a line break in the text is kept, and a
 * word wider than the line (an address, a long number) is broken where it reaches the edge rather
 * than running off the page.
 */
record TextLines(PDFont font, float size) {

    List<String> wrap(String text, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : WinAnsi.of(paragraph).strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest) > width) {
                    int fits = fitting(rest, width);
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text cut to the width, ending in an ellipsis where it was cut. */
    String truncate(String text, float width) {
        String shown = WinAnsi.of(text).strip();
        if (width(shown) <= width) {
            return shown;
        }
        int fits = fitting(shown, width - width("\u2026"));
        return shown.substring(0, fits).stripTrailing() + "\u2026";
    }

    float width(String shown) {
        try {
            return font.getStringWidth(shown) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many characters of the text fit the width, at least one so a line always advances;
     * measured a character at a time, as showText draws them (no kerning).
     */
    private int fitting(String shown, float width) {
        float used = width(shown.substring(0, 1));
        int fits = 1;
        while (fits < shown.length()) {
            used += width(shown.substring(fits, fits + 1));
            if (used > width) {
                break;
            }
            fits++;
        }
        return fits;
    }
}
