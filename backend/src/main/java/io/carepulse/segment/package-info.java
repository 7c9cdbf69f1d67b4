/** Audience segments: the groups of patients and community members campaigns speak to. */
package io.carepulse.segment;
