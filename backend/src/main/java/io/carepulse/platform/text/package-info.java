/**
 * Plain-language checks of English text shown to patients: {@link io.carepulse.platform.text.Readability}
 * scores text by the Flesch–Kincaid grade level, so the consent authorization a patient signs, and
 * later what the content editor publishes, can be held to grade 8 or below. Heuristic by design: no
 * dictionary, so it is fast, offline and the same on every instance.
 */
package io.carepulse.platform.text;
