package io.carepulse.consent.signing;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The header (organisation and label) and footer (label and "Page n of m") of every page, drawn
 * after the body so the count is known. The label is on both, so a page separated from the rest
 * still says which authorization it belongs to.
 */
record PageFrame(String organizationName, String label, PDFont regular, PDFont bold) {

    private static final float SIZE = 8.5f;
    private static final float RULE_GAP = 6;

    void draw(PDDocument document, List<PDPage> pages) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true,
                    true)) {
                header(content, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                footer(content, page.getMediaBox().getWidth(), "Page " + (i + 1) + " of " + pages.size());
            }
        }
    }

    private void header(PDPageContentStream content, float pageWidth, float pageHeight) throws IOException {
        float width = pageWidth - 2 * PageFlow.MARGIN;
        float top = pageHeight - PageFlow.MARGIN + 20;
        PageFlow.show(content, bold, SIZE, PageFlow.MARGIN, top - SIZE,
                new TextLines(bold, SIZE).truncate(organizationName, width));
        PageFlow.show(content, regular, SIZE, PageFlow.MARGIN, top - 2.2f * SIZE,
                new TextLines(regular, SIZE).truncate(label, width));
        rule(content, pageWidth, top - 2.2f * SIZE - RULE_GAP);
    }

    private void footer(PDPageContentStream content, float pageWidth, String pageCount) throws IOException {
        TextLines lines = new TextLines(regular, SIZE);
        float baseline = PageFlow.FOOTER_BAND - 30;
        float countWidth = lines.width(pageCount);
        rule(content, pageWidth, baseline + SIZE + RULE_GAP);
        PageFlow.show(content, regular, SIZE, PageFlow.MARGIN, baseline,
                lines.truncate(label, pageWidth - 2 * PageFlow.MARGIN - countWidth - 24));
        PageFlow.show(content, regular, SIZE, pageWidth - PageFlow.MARGIN - countWidth, baseline, pageCount);
    }

    private static void rule(PDPageContentStream content, float pageWidth, float y) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(PageFlow.MARGIN, y);
        content.lineTo(pageWidth - PageFlow.MARGIN, y);
        content.stroke();
    }
}
