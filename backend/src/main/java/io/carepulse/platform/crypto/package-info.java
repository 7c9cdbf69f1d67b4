/**
 * Field-level encryption of values that identify a person (a patient's name, date of birth,
 * contact), with the MongoDB driver's explicit client-side encryption: see
 * {@code docs/decisions/0001-field-level-encryption.md}.
 */
package io.carepulse.platform.crypto;
