package io.carepulse.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** GraphQL inputs of the consent registry. */
final class ConsentInputs {

    private ConsentInputs() {
    }

    record ConsentFilter(List<ConsentStatus> status, ConsentChannel channel, ConsentPurposeKind purpose,
            ConsentCategory category, LocalDate expiringBefore, String search) {
    }

    enum ConsentOrderField { NUMBER, CREATED_AT, EXPIRES_ON }

    record ConsentOrder(ConsentOrderField field, io.carepulse.platform.graphql.OrderDirection direction) {
    }

    record ConsentPatientInput(String name, LocalDate dateOfBirth, String email, String phone) {
    }

    record ConsentPurposeInput(ConsentPurposeKind kind, String description) {
    }

    record ConsentSignatureInput(ConsentSignerKind signerKind, String signerName, LocalDate signedOn,
            String representativeAuthority) {
    }

    record RecordConsentInput(ConsentPatientInput patient, String informationDescription,
            List<ConsentCategory> categories, Boolean disclosedByOrganization, List<String> disclosingStaff,
            List<ConsentChannel> channels, List<ConsentPurposeInput> purposes, LocalDate expiresOn,
            String expirationEvent, ConsentSignatureInput signature, String revocationInstructions,
            List<ConsentStatementKind> acknowledgedStatements, Boolean financialRemuneration,
            String remunerationSource) {
    }

    record AttachConsentDocumentInput(String consentId, int expectedVersion, String fileId, String sha256) {
    }

    record RevokeConsentInput(String consentId, Instant receivedAt, ConsentRevocationMethod method, String reason) {
    }

    record DeleteConsentInput(String consentId) {
    }

    record ConsentRequestFilter(List<ConsentRequestStatus> status) {
    }

    record RequestConsentInput(ConsentPatientInput patient, String informationDescription,
            List<ConsentCategory> categories, Boolean disclosedByOrganization, List<String> disclosingStaff,
            List<ConsentChannel> channels, List<ConsentPurposeInput> purposes, LocalDate expiresOn,
            String expirationEvent, String revocationInstructions, Boolean financialRemuneration,
            String remunerationSource, Integer linkExpiresInDays) {

        /** The same elements as a recording without its signature, for the same checks. */
        RecordConsentInput unsigned() {
            return new RecordConsentInput(patient, informationDescription, categories, disclosedByOrganization,
                    disclosingStaff, channels, purposes, expiresOn, expirationEvent, null, revocationInstructions,
                    null, financialRemuneration, remunerationSource);
        }
    }

    record CancelConsentRequestInput(String consentRequestId) {
    }

    record SignConsentRequestInput(String token, LocalDate dateOfBirth, ConsentSignerKind signerKind,
            String signerName, String representativeAuthority, String signature,
            List<ConsentStatementKind> acknowledgedStatements) {
    }

    record RevokeConsentByLinkInput(String token, String reason) {
    }
}
