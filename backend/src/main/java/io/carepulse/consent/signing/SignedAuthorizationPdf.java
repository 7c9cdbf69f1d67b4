package io.carepulse.consent.signing;

import io.carepulse.platform.crypto.Digests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A signed authorization as a PDF: title, sections, the acknowledged statements and the
 * signature, with the organisation and label in every page's header and "Page n of m" in its
 * footer. Set in Helvetica, one of the fonts every PDF reader has, so nothing is embedded and
 * characters it cannot show are spelled in ones it can ({@link WinAnsi}).
 *
 * <p>The same authorization gives the same bytes: the creation date is the moment of signing,
 * not of rendering, so a copy made again later can be compared with the one first given.
 */
public final class SignedAuthorizationPdf {

    private static final float TITLE_SIZE = 16;
    private static final float HEADING_SIZE = 12;
    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 14;
    private static final float STATEMENT_INDENT = 22;

    private SignedAuthorizationPdf() {
    }

    /** On US Letter, the paper of the country whose law asks for the authorization. */
    public static byte[] render(SignedAuthorization signed) {
        return render(signed, Paper.LETTER);
    }

    public static byte[] render(SignedAuthorization signed, Paper paper) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = new PDType1Font(FontName.HELVETICA);
            PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
            try (PageFlow flow = new PageFlow(document, paper.size)) {
                flow.text(signed.title(), bold, TITLE_SIZE, 20, 0, null);
                for (SignedAuthorization.Section section : signed.sections()) {
                    section(flow, section, regular, bold);
                }
                statements(flow, signed, regular, bold);
                flow.gap(18);
                new SignatureBlock(signed, regular, bold).draw(document, flow);
                flow.close();
                new PageFrame(signed.organizationName(), signed.label(), regular, bold).draw(document, flow.pages());
            }
            describe(document, signed);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the signed authorization", e);
        }
    }

    /** A heading is kept with the first lines after it, never alone at the foot of a page. */
    private static void section(PageFlow flow, SignedAuthorization.Section section, PDFont regular, PDFont bold)
            throws IOException {
        flow.gap(12);
        flow.room(18 + 2 * BODY_LEADING);
        flow.text(section.heading(), bold, HEADING_SIZE, 18, 0, null);
        for (String paragraph : section.paragraphs()) {
            flow.text(paragraph, regular, BODY_SIZE, BODY_LEADING, 0, null);
            flow.gap(6);
        }
    }

    private static void statements(PageFlow flow, SignedAuthorization signed, PDFont regular, PDFont bold)
            throws IOException {
        if (signed.statements().isEmpty()) {
            return;
        }
        flow.gap(12);
        flow.room(18 + 2 * BODY_LEADING);
        flow.text("Statements", bold, HEADING_SIZE, 18, 0, null);
        for (SignedAuthorization.Statement statement : signed.statements()) {
            String box = statement.acknowledged() ? "[x]" : "[  ]";
            flow.text(statement.text(), regular, BODY_SIZE, BODY_LEADING, STATEMENT_INDENT, box);
            flow.gap(4);
        }
    }

    /**
     * Title, creation date and language only: no author, so no one's name is in the metadata. The
     * file identifier, which PDFBox would otherwise draw from the clock, is a digest of the label
     * and the moment of signing, so it names this signing and nothing else.
     */
    private static void describe(PDDocument document, SignedAuthorization signed) {
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(signed.title());
        Calendar signedAt = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        signedAt.setTimeInMillis(signed.signedAt().toEpochMilli());
        information.setCreationDate(signedAt);
        document.setDocumentInformation(information);
        document.getDocumentCatalog().setLanguage("en-US");
        byte[] id = Arrays.copyOf(sha256(signed.label() + "\n" + signed.signedAt()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        return Digests.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
