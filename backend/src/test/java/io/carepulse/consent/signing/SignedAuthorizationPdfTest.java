package io.carepulse.consent.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SignedAuthorizationPdfTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-03-04T15:02:11Z");

    @Test
    void theCopyReadsBackWithEverythingTheSignerSawAndWhoSignedWhenAndWhere() throws IOException {
        SignedAuthorization.Section shared = new SignedAuthorization.Section("What we will share",
                List.of("Your first name and your story.", "The photo you send us."));
        SignedAuthorization.Section change = new SignedAuthorization.Section("How to change your mind",
                List.of("Tell us at any time."));
        byte[] pdf = SignedAuthorizationPdf.render(authorization(List.of(shared, change), signature(300, 100)));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Riverside Health", "Story sharing authorization v3", "Sharing your story",
                    "What we will share", "How to change your mind", "The photo you send us.", "Tell us at any time.",
                    "[x] I have read this authorization.", "I understand my care does not depend on signing.",
                    "Maria Chen", "Signing as: Patient", "Date: March 4, 2026",
                    "Signed electronically at 2026-03-04T15:02:11Z from 203.0.113.7", "Page 1 of 1");
            assertThat(text).doesNotContain("Authority to act");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Sharing your story");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(SIGNED_AT);
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
        }
    }

    @Test
    void aRepresentativeSignsWithTheirAuthorityAndAnUnacknowledgedStatementShowsAnEmptyBox() throws IOException {
        SignedAuthorization signed = new SignedAuthorization("Riverside Health", "Form 12", "Sharing your story",
                sections(1), List.of(new SignedAuthorization.Statement("You may contact me.", false)), "Wei Chen",
                "Personal representative", "Parent of a minor", LocalDate.of(2026, 3, 4), SIGNED_AT, "2001:db8::7",
                null);

        String text = text(SignedAuthorizationPdf.render(signed));

        assertThat(text).contains("[  ] You may contact me.", "Signing as: Personal representative",
                "Authority to act for the patient: Parent of a minor", "from 2001:db8::7");
    }

    @Test
    void longTextFlowsOntoSeveralPagesEachCountedInItsFooter() throws IOException {
        byte[] pdf = SignedAuthorizationPdf.render(authorization(sections(12), null));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Page " + page + " of " + pages, "Riverside Health")
                        .containsSubsequence("Story sharing authorization v3", "Story sharing authorization v3");
            }
            assertThat(text(pdf)).contains("12 How to change your mind paragraph 4", "Maria Chen");
        }
    }

    @Test
    void aWordWiderThanThePageIsBrokenRatherThanLost() throws IOException {
        String address = "https://example.org/" + "a".repeat(300);
        SignedAuthorization.Section section = new SignedAuthorization.Section("Where", List.of(address));
        byte[] pdf = SignedAuthorizationPdf.render(authorization(List.of(section), null));

        assertThat(text(pdf).replaceAll("\\R", "")).contains(address);
    }

    @Test
    void theDrawnSignatureIsAnImageOnThePageAndThereIsNoneWithoutOne() throws IOException {
        assertThat(images(SignedAuthorizationPdf.render(authorization(sections(1), signature(600, 150)))))
                .isEqualTo(1);
        assertThat(images(SignedAuthorizationPdf.render(authorization(sections(1), null)))).isZero();
    }

    @Test
    void charactersHelveticaCannotShowAreSpelledInOnesItCan() throws IOException {
        SignedAuthorization.Section section = new SignedAuthorization.Section("☑ Consent → sharing 😀",
                List.of("Zoë Łukasz ﬁled ≤ 3 forms — 日本語 \u200B\u00A0ok"));
        SignedAuthorization signed = new SignedAuthorization("Clínica ☀", "Form ✓", "Title 🙂", List.of(section),
                List.of(new SignedAuthorization.Statement("I agree ☑ 👍", true)), "李 小龙", "Patient", null,
                LocalDate.of(2026, 3, 4), SIGNED_AT, "203.0.113.7", null);

        String text = text(SignedAuthorizationPdf.render(signed));

        assertThat(text).contains("[x] Consent -> sharing ?", "Zoë Lukasz filed <= 3 forms — ??? ok", "Clínica ?",
                "Form [x]", "I agree [x] ?", "Signed by: ? ??");
    }

    @Test
    void everyCharacterOfTheBasicPlaneAndEveryEmojiBecomesTextHelveticaCanEncode() throws IOException {
        PDType1Font regular = new PDType1Font(FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(FontName.HELVETICA_BOLD);
        List<Integer> characters = new ArrayList<>();
        IntStream.rangeClosed(0, 0xFFFF).filter(c -> !Character.isSurrogate((char) c)).forEach(characters::add);
        IntStream.rangeClosed(0x1F000, 0x1FAFF).forEach(characters::add);
        for (int c : characters) {
            String shown = WinAnsi.of(Character.toString(c));
            assertThatCode(() -> {
                regular.encode(shown);
                bold.encode(shown);
            }).as("U+%04X", c).doesNotThrowAnyException();
        }
    }

    @Test
    void theSameAuthorizationGivesTheSameBytes() {
        SignedAuthorization signed = authorization(sections(3), signature(300, 100));
        assertThat(SignedAuthorizationPdf.render(signed)).isEqualTo(SignedAuthorizationPdf.render(signed));
    }

    @Test
    void pagesAreLetterUnlessA4IsAskedFor() throws IOException {
        SignedAuthorization signed = authorization(sections(1), null);
        assertThat(mediaBox(SignedAuthorizationPdf.render(signed))).isEqualTo(PDRectangle.LETTER.toString());
        assertThat(mediaBox(SignedAuthorizationPdf.render(signed, Paper.A4))).isEqualTo(PDRectangle.A4.toString());
    }

    @Test
    void aSignatureOverOneMegabyteIsRefused() {
        byte[] png = signature(300, 100);
        byte[] oversized = ByteBuffer.allocate(SignaturePng.MAX_BYTES + 1).put(png).array();

        assertThatThrownBy(() -> authorization(sections(1), oversized)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1 MB");
    }

    @Test
    void aSignatureThatIsNotAPngIsRefused() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 10, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);

        for (byte[] notPng : List.of(jpeg.toByteArray(), "<svg/>".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            assertThatThrownBy(() -> authorization(sections(1), notPng)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The signature image is not a PNG");
        }
    }

    @Test
    void aPngThatWouldUnpackToTooManyPixelsIsRefusedBeforeItIsDecoded() {
        byte[] png = signature(300, 100);
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);

        assertThatThrownBy(() -> authorization(sections(1), png)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100000 x 100000 pixels");
    }

    @Test
    void aPngWithAValidHeaderButBrokenDataIsRefusedWhenRendered() {
        byte[] png = signature(300, 100);
        byte[] broken = ByteBuffer.allocate(40).put(png, 0, 33).array();
        SignedAuthorization signed = authorization(sections(1), broken);

        assertThatThrownBy(() -> SignedAuthorizationPdf.render(signed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The signature image is not");
    }

    private static SignedAuthorization authorization(List<SignedAuthorization.Section> sections, byte[] signature) {
        return new SignedAuthorization("Riverside Health", "Story sharing authorization v3", "Sharing your story",
                sections,
                List.of(new SignedAuthorization.Statement("I have read this authorization.", true),
                        new SignedAuthorization.Statement("I understand my care does not depend on signing.", true)),
                "Maria Chen", "Patient", null, LocalDate.of(2026, 3, 4), SIGNED_AT, "203.0.113.7", signature);
    }

    /** Pairs of sections, each with paragraphs long enough to wrap over several lines. */
    private static List<SignedAuthorization.Section> sections(int pairs) {
        List<SignedAuthorization.Section> sections = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            for (String heading : List.of("What we will share", "How to change your mind")) {
                String prefix = i + " " + heading + " paragraph ";
                List<String> paragraphs = IntStream.rangeClosed(1, 4).mapToObj(p -> prefix + p + ". "
                        + String.join(" ", Collections.nCopies(12, "You can say no at any time."))).toList();
                sections.add(new SignedAuthorization.Section(heading, paragraphs));
            }
        }
        return sections;
    }

    private static byte[] signature(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(Color.BLACK);
        pen.setStroke(new BasicStroke(3));
        pen.drawLine(10, height - 20, width - 10, 20);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return png.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int images(byte[] pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
        }
        return images;
    }

    private static String mediaBox(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(0).getMediaBox().toString();
        }
    }
}
