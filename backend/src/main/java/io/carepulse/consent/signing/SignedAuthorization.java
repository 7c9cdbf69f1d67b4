package io.carepulse.consent.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What was signed, as it is to be printed: the authorization's text as the signer saw it, the
 * statements they were asked to acknowledge, and who signed, when and from where. Plain values,
 * so the caller decides what is shown and nothing else about the signer reaches the document.
 *
 * @param organizationName the organisation asking for the authorization, in every page's header
 * @param label identifies this authorization (form name and version, or a reference), in every
 *        page's header and footer
 * @param title the document's title, also its PDF title
 * @param sections the authorization's text, in order
 * @param statements what the signer was asked to acknowledge
 * @param signerName the name the signer typed
 * @param signerKind "Patient" or "Personal representative"
 * @param representativeAuthority a personal representative's authority to act (parent, guardian,
 *        power of attorney); null for the patient
 * @param signedOn the date the signer gave
 * @param signedAt when the server recorded the signature
 * @param clientAddress the address the signature came from
 * @param signaturePng the drawn signature, a PNG of at most 1 MB; null when none was drawn
 */
public record SignedAuthorization(String organizationName, String label, String title, List<Section> sections,
        List<Statement> statements, String signerName, String signerKind, String representativeAuthority,
        LocalDate signedOn, Instant signedAt, String clientAddress, byte[] signaturePng) {

    public SignedAuthorization {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        statements = List.copyOf(statements);
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signerKind, "signerKind");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(clientAddress, "clientAddress");
        SignaturePng.check(signaturePng);
        signaturePng = signaturePng == null ? null : signaturePng.clone();
    }

    /** A copy, so the signature printed is the one that was checked. */
    @Override
    public byte[] signaturePng() {
        return signaturePng == null ? null : signaturePng.clone();
    }

    /** A heading and its paragraphs of plain text; a line break in a paragraph is kept. */
    public record Section(String heading, List<String> paragraphs) {

        public Section {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A statement the signer was asked to acknowledge, and whether they did. */
    public record Statement(String text, boolean acknowledged) {

        public Statement {
            Objects.requireNonNull(text, "text");
        }
    }
}
