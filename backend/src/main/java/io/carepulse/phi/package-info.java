/**
 * PHI screening: finds the HIPAA Safe Harbor identifiers free text can carry (phone and fax
 * numbers, e-mail addresses, URLs, IP addresses, SSNs, record/plan/account/licence numbers,
 * dates tied to a person, ages over 89, street addresses and ZIP codes, vehicle and device
 * identifiers, full names next to clinical words), after undoing the Unicode tricks that would
 * hide them. Shared by live Q&A and content review; {@link io.carepulse.phi.PhiScanner} is its
 * public API.
 */
package io.carepulse.phi;
