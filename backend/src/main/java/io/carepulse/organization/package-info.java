/**
 * Per-organisation settings ({@code OrganizationSettings}): the time zone and retention periods
 * every feature reads from one place, changed by ADMINs and audited. Later features add fields.
 */
package io.carepulse.organization;
