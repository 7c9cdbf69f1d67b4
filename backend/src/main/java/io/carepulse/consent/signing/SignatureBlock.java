package io.carepulse.consent.signing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Who signed, how and when: the drawn signature in a box above the typed name, the capacity they
 * signed in, and the server's record of the moment and address. Kept on one page, so the
 * signature is never separated from the name it belongs to.
 */
record SignatureBlock(SignedAuthorization signed, PDFont regular, PDFont bold) {

    private static final float BOX_WIDTH = 216;
    private static final float BOX_HEIGHT = 72;
    private static final float PADDING = 4;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    void draw(PDDocument document, PageFlow flow) throws IOException {
        List<String> details = details();
        float boxHeight = signed.signaturePng() == null ? 0 : BOX_HEIGHT + 10;
        flow.room(18 + boxHeight + (details.size() + 1) * LEADING);
        flow.text("Signature", bold, 12, 18, 0, null);
        if (signed.signaturePng() != null) {
            drawSignature(document, flow.room(boxHeight), flow.left(), flow.y());
            flow.down(boxHeight);
        }
        for (String detail : details) {
            flow.text(detail, regular, SIZE, LEADING, 0, null);
        }
    }

    private List<String> details() {
        List<String> details = new ArrayList<>();
        details.add("Signed by: " + signed.signerName());
        details.add("Signing as: " + signed.signerKind());
        if (signed.representativeAuthority() != null && !signed.representativeAuthority().isBlank()) {
            details.add("Authority to act for the patient: " + signed.representativeAuthority());
        }
        details.add("Date: " + DATE.format(signed.signedOn()));
        details.add("Signed electronically at " + signed.signedAt() + " from " + signed.clientAddress());
        return details;
    }

    /** The drawing scaled to fit the box with its proportions kept, centred, over a thin frame. */
    private void drawSignature(PDDocument document, PDPageContentStream page, float x, float top)
            throws IOException {
        BufferedImage drawn = SignaturePng.decode(signed.signaturePng());
        PDImageXObject image = LosslessFactory.createFromImage(document, drawn);
        float scale = Math.min((BOX_WIDTH - 2 * PADDING) / drawn.getWidth(),
                (BOX_HEIGHT - 2 * PADDING) / drawn.getHeight());
        float width = drawn.getWidth() * scale;
        float height = drawn.getHeight() * scale;
        float bottom = top - BOX_HEIGHT;
        page.drawImage(image, x + (BOX_WIDTH - width) / 2, bottom + (BOX_HEIGHT - height) / 2, width, height);
        page.setLineWidth(0.5f);
        page.addRect(x, bottom, BOX_WIDTH, BOX_HEIGHT);
        page.stroke();
    }
}
