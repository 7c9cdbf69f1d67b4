/**
 * The patient consent registry: HIPAA authorizations (45 CFR 164.508) a provider holds before it
 * discloses a patient's story, photo or voice. Its published API is {@link io.carepulse.consent.Consent},
 * its status and scope enums and {@link io.carepulse.consent.ConsentEvent} on the {@code consent.changes}
 * stream (recorded, revoked, expired, deleted), which the content workflow consumes.
 */
package io.carepulse.consent;
