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
}
