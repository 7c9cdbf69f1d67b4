/**
 * PHI screening: finds the HIPAA Safe Harbor identifiers free text can carry (phone and fax
 * numbers, e-mail addresses, URLs, IP addresses, SSNs, record/plan/account/licence numbers,
 * dates tied to a person, street addresses and ZIP codes, full names next to clinical words).
 * Shared by live Q&A and content review; {@link io.carepulse.phi.PhiScanner} is its public API.
 */
package io.carepulse.phi;
