package io.carepulse.consent;

import java.util.List;

/**
 * What happened to a consent, on the {@code consent.changes} stream (keyed by organisation): the
 * content workflow consumes it to stop publishing stories whose consent ended. It carries the
 * consent's ID, number and scope, never the patient.
 *
 * @param consentId the consent's global ID
 */
public record ConsentEvent(Kind kind, String consentId, String number, ConsentStatus status,
        List<ConsentCategory> categories, List<ConsentChannel> channels) {

    public enum Kind {
        CONSENT_RECORDED, CONSENT_REVOKED, CONSENT_EXPIRED, CONSENT_DELETED
    }

    public static final String STREAM = "consent.changes";

    /** The stream, keyed by organisation, for other features' consumers. */
    public static final io.carepulse.platform.events.EventStream<ConsentEvent> EVENTS =
            io.carepulse.platform.events.EventStream.of(STREAM, ConsentEvent.class, Consent.class);
}
