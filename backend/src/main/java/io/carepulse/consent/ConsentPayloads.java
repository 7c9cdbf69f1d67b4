package io.carepulse.consent;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import java.util.List;

/** Payloads of the consent mutations. */
final class ConsentPayloads {

    private ConsentPayloads() {
    }

    interface ConsentPayload extends MutationPayload {
        Consent consent();

        @Override
        default String auditTargetId() {
            return consent() == null ? null : GlobalId.encode(Consent.TYPE, consent().id());
        }

        @Override
        default String auditTargetType() {
            return Consent.TYPE;
        }
    }

    record RecordConsentPayload(Consent consent, List<UserError> userErrors) implements ConsentPayload {
    }

    record AttachConsentDocumentPayload(Consent consent, List<UserError> userErrors) implements ConsentPayload {
    }

    record RevokeConsentPayload(Consent consent, List<UserError> userErrors) implements ConsentPayload {
    }

    record DeleteConsentPayload(String deletedConsentId, List<UserError> userErrors) implements MutationPayload {

        @Override
        public String auditTargetId() {
            return deletedConsentId;
        }

        @Override
        public String auditTargetType() {
            return Consent.TYPE;
        }
    }

    interface ConsentRequestPayload extends MutationPayload {
        ConsentRequest consentRequest();

        @Override
        default String auditTargetId() {
            return consentRequest() == null ? null : GlobalId.encode(ConsentRequest.TYPE, consentRequest().id());
        }

        @Override
        default String auditTargetType() {
            return ConsentRequest.TYPE;
        }
    }

    record RequestConsentPayload(ConsentRequest consentRequest, String signingLink, List<UserError> userErrors)
            implements ConsentRequestPayload {
    }

    record CancelConsentRequestPayload(ConsentRequest consentRequest, List<UserError> userErrors)
            implements ConsentRequestPayload {
    }

    /** Signed by a patient through a link: recorded as the patient, on the consent it created. */
    record SignConsentRequestPayload(String label, String signedCopy, String revocationLink,
            List<UserError> userErrors, String auditTargetId,
            org.springframework.security.core.Authentication auditActor) implements MutationPayload {

        static SignConsentRequestPayload failed(UserError error) {
            return new SignConsentRequestPayload(null, null, null, List.of(error), null, null);
        }

        @Override
        public String auditTargetType() {
            return Consent.TYPE;
        }
    }

    /** Revoked by a patient through their link: recorded as the patient, on the consent. */
    record RevokeConsentByLinkPayload(boolean revoked, List<UserError> userErrors, String auditTargetId,
            org.springframework.security.core.Authentication auditActor) implements MutationPayload {

        static RevokeConsentByLinkPayload failed(UserError error) {
            return new RevokeConsentByLinkPayload(false, List.of(error), null, null);
        }

        @Override
        public String auditTargetType() {
            return Consent.TYPE;
        }
    }
}
