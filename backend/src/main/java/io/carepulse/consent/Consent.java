package io.carepulse.consent;

import io.carepulse.platform.crypto.Digests;
import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patient's written authorization to disclose their information (GraphQL {@code Consent}),
 * holding every element 164.508(c) requires. The patient's identifying fields and the signer's
 * name are stored encrypted ({@code FieldEncryption}: each value carries its data key's ID, and
 * {@code encryptedUnder} names the key of the whole record, for rotation); {@code patient.index}
 * is the keyed blind index a search by patient matches exactly.
 *
 * <p>A deleted consent stays as a tombstone (number, label, scope, dates) with every protected
 * field removed, so the audit log's entries about it still have a target.
 *
 * @param expiresAt the instant the expiration date ends, in the organisation's time zone
 * @param expirySortKey the expiration date, or "~" (after every date) when an event ends it: what lists sort by
 * @param lastInEffectAt when it stopped being in effect (revoked or expired): retention counts from here
 */
@Document(Consent.COLLECTION)
public record Consent(@Id ObjectId id, String organizationId, String number, String label, ConsentStatus status,
        String informationDescription, List<ConsentCategory> categories, boolean disclosedByOrganization,
        List<String> disclosingStaff, List<ConsentChannel> channels, List<Purpose> purposes, LocalDate expiresOn,
        Instant expiresAt, String expirationEvent, String expirySortKey, Patient patient, Signature signature, List<Statement> statements,
        boolean financialRemuneration, String remunerationSource, Attachment document, Revocation revocation,
        String encryptedUnder, String recordedBy, Instant createdAt, Instant updatedAt, Instant lastInEffectAt,
        Instant deletedAt, int version) implements Versioned {

    public static final String COLLECTION = "consents";
    public static final String TYPE = "Consent";

    /** Identity is the document id: batch loaders key their results by it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Consent that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /** Whether it authorizes a disclosure now. */
    public boolean inEffect() {
        return status == ConsentStatus.ACTIVE && deletedAt == null;
    }

    /**
     * The pseudonymous subject ID of the person with blind index {@code index}: the same for every
     * consent of that person in the organisation, and telling nothing without the index key.
     */
    public static String subjectIdOf(String index) {
        byte[] digest = Digests.sha256(("subject\u001f" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "PT-" + java.util.HexFormat.of().formatHex(digest, 0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    /** The sort key of an expiration date, or of none. */
    public static String expirySortKey(LocalDate expiresOn) {
        return expiresOn == null ? "~" : expiresOn.toString();
    }

    public record Purpose(ConsentPurposeKind kind, String description) {
    }

    /** A statement in the words the patient acknowledged. */
    public record Statement(ConsentStatementKind kind, String text, boolean acknowledged) {
    }

    /**
     * The patient: a pseudonymous subject ID, the blind index, and the identifying fields
     * encrypted (email and phone may be absent).
     */
    public record Patient(String subjectId, String index, Binary name, Binary dateOfBirth, Binary email,
            Binary phone) {
    }

    /**
     * Who signed and when; for a signature given online also the instant and the client address
     * it came from (null for a paper signature recorded by staff).
     */
    public record Signature(ConsentSignerKind signerKind, Binary signerName, LocalDate signedOn,
            String representativeAuthority, Instant signedAt, String signedFrom) {
    }

    /** The signed document: a stored file and what proves it unchanged. */
    public record Attachment(String fileId, String contentType, long size, String sha256, Instant uploadedAt,
            String uploadedBy) {
    }

    public record Revocation(Instant receivedAt, ConsentRevocationMethod method, String reason, String recordedBy,
            Instant recordedAt) {
    }
}
