package io.carepulse.consent;

import io.carepulse.consent.signing.SignedAuthorization;
import io.carepulse.consent.signing.SignedAuthorizationPdf;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The signed authorization as a PDF, the patient's copy and the consent's document: what is
 * disclosed, the statements as acknowledged and the signature. Rendering reads fonts and takes
 * time, so it runs on a thread that may block, never on an event loop.
 */
public final class SignedCopies {

    private SignedCopies() {
    }

    /** The PDF of a signed authorization. */
    public static Mono<byte[]> render(String organization, String label, String description,
            List<Consent.Statement> statements, String signerName, ConsentSignerKind signerKind,
            String representativeAuthority, LocalDate signedOn, Instant signedAt, String clientAddress,
            byte[] signaturePng) {
        return render(organization, label, List.of(new AuthorizationText.Section("What we will share", description)),
                statements, signerName, signerKind, representativeAuthority, signedOn, signedAt, clientAddress,
                signaturePng);
    }

    /** The PDF of a signed authorization, section by section as the patient read it. */
    static Mono<byte[]> render(String organization, String label, List<AuthorizationText.Section> sections,
            List<Consent.Statement> statements, String signerName, ConsentSignerKind signerKind,
            String representativeAuthority, LocalDate signedOn, Instant signedAt, String clientAddress,
            byte[] signaturePng) {
        SignedAuthorization signed = new SignedAuthorization(organization, label,
                "Authorization to share your information",
                sections.stream().map(section -> new SignedAuthorization.Section(section.heading(),
                        List.of(section.text()))).toList(),
                statements.stream().map(s -> new SignedAuthorization.Statement(s.text(), s.acknowledged())).toList(),
                signerName, signerKind == ConsentSignerKind.REPRESENTATIVE ? "Personal representative" : "Patient",
                representativeAuthority, signedOn, signedAt, clientAddress, signaturePng);
        return Mono.fromCallable(() -> SignedAuthorizationPdf.render(signed)).subscribeOn(Schedulers.boundedElastic());
    }
}
