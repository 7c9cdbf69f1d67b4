/**
 * Renders a signed authorization to PDF: the text the patient (or their personal representative)
 * read and agreed to, the statements they acknowledged, and their signature with when and from
 * where they signed, as the copy HIPAA requires the organisation to keep and give them
 * (45 CFR 164.508(c)(4)). {@link io.carepulse.consent.signing.SignedAuthorizationPdf} is the entry
 * point; it knows nothing of where the authorization is stored.
 */
package io.carepulse.consent.signing;
