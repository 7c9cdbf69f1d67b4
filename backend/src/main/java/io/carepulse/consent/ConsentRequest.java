package io.carepulse.consent;

import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An authorization sent to the patient to sign online (GraphQL {@code ConsentRequest}): every
 * element but the signature and the acknowledgements, the patient encrypted as on a consent, and
 * the state of its one-time link (the link itself is a {@link ConsentLinks} entry, by the token's
 * hash). Signing records the consent under this request's ID, so a request is signed at most once.
 *
 * @param organizationName shown to the link's holder before anything else
 * @param failedAttempts wrong dates of birth so far; the fifth locks the request
 */
@Document(ConsentRequest.COLLECTION)
public record ConsentRequest(@Id ObjectId id, String organizationId, String organizationName,
        ConsentRequestStatus status, String informationDescription, List<ConsentCategory> categories,
        boolean disclosedByOrganization, List<String> disclosingStaff, List<ConsentChannel> channels,
        List<Consent.Purpose> purposes, LocalDate expiresOn, String expirationEvent, String revocationInstructions,
        boolean financialRemuneration, String remunerationSource, Consent.Patient patient, String encryptedUnder,
        Instant linkExpiresAt, int failedAttempts, ObjectId consentId, String createdBy, Instant createdAt,
        Instant updatedAt, int version) implements Versioned {

    public static final String COLLECTION = "consent_requests";
    public static final String TYPE = "ConsentRequest";
    public static final int MAX_ATTEMPTS = 5;

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentRequest that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /** The status as of {@code now}: a pending request whose link has expired is EXPIRED. */
    public ConsentRequestStatus statusAt(Instant now) {
        return status == ConsentRequestStatus.PENDING && !now.isBefore(linkExpiresAt) ? ConsentRequestStatus.EXPIRED
                : status;
    }

    /** The statements the patient is asked to acknowledge. */
    public List<ConsentStatementKind> statementKinds() {
        return financialRemuneration ? List.of(ConsentStatementKind.REVOCATION_RIGHT,
                ConsentStatementKind.TREATMENT_NOT_CONDITIONED, ConsentStatementKind.REDISCLOSURE,
                ConsentStatementKind.REMUNERATION) : ConsentStatementKind.ALWAYS;
    }
}
