package io.carepulse.consent.signing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The body of the document, written top to bottom between the header and footer bands: each
 * line goes below the last, and one that no longer fits starts a new page. The bands are left
 * empty, for {@link PageFrame} to fill once the number of pages is known.
 */
final class PageFlow implements AutoCloseable {

    static final float MARGIN = 56;
    static final float HEADER_BAND = 76;
    static final float FOOTER_BAND = 64;

    private final PDDocument document;
    private final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, PDRectangle size) {
        this.document = document;
        this.size = size;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float left() {
        return MARGIN;
    }

    /** Where the next line's top is; the caller draws below it and then calls {@link #down}. */
    float y() {
        return y;
    }

    List<PDPage> pages() {
        return pages;
    }

    /**
     * The open page's content, after making room for the given height: a new page if it does not
     * fit, unless the open one is still empty (what is taller than a page starts on one anyway).
     */
    PDPageContentStream room(float height) throws IOException {
        boolean empty = y >= size.getHeight() - HEADER_BAND;
        if (content == null || (y - height < FOOTER_BAND && !empty)) {
            newPage();
        }
        return content;
    }

    void down(float height) {
        y -= height;
    }

    /** Space between blocks, dropped at the top of a page where it would only push text down. */
    void gap(float height) {
        if (content != null && y < size.getHeight() - HEADER_BAND) {
            y -= height;
        }
    }

    /** Whether the height still fits on the open page: to keep a heading with what follows it. */
    boolean fits(float height) {
        return content != null && y - height >= FOOTER_BAND;
    }

    /** Wrapped text, each line a leading apart, the first at x + indent after an optional marker. */
    void text(String text, PDFont font, float fontSize, float leading, float indent, String marker)
            throws IOException {
        TextLines lines = new TextLines(font, fontSize);
        boolean first = true;
        for (String line : lines.wrap(text, width() - indent)) {
            PDPageContentStream page = room(leading);
            float baseline = y - fontSize;
            if (first && marker != null) {
                show(page, font, fontSize, left(), baseline, WinAnsi.of(marker));
            }
            show(page, font, fontSize, left() + indent, baseline, line);
            down(leading);
            first = false;
        }
    }

    static void show(PDPageContentStream page, PDFont font, float fontSize, float x, float baseline, String shown)
            throws IOException {
        if (shown.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(font, fontSize);
        page.newLineAtOffset(x, baseline);
        page.showText(shown);
        page.endText();
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - HEADER_BAND;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
