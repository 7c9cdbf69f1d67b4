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
            String representativeAuthority, LocalDate signedOn, Instant signedAt, String clientAddress) {
        SignedAuthorization signed = new SignedAuthorization(organization, label,
                "Authorization to share your information",
                List.of(new SignedAuthorization.Section("What we will share", List.of(description))),
                statements.stream().map(s -> new SignedAuthorization.Statement(s.text(), s.acknowledged())).toList(),
                signerName, signerKind == ConsentSignerKind.REPRESENTATIVE ? "Personal representative" : "Patient",
                representativeAuthority, signedOn, signedAt, clientAddress, null);
        return Mono.fromCallable(() -> SignedAuthorizationPdf.render(signed)).subscribeOn(Schedulers.boundedElastic());
    }
}
