/**
 * Feedback themes: the recurring topics of patient messages, survey free text and live Q&A
 * questions, and the sentiment of each message. Pure and Spring-free, so the storage, the per-day
 * term counts and the GraphQL field built on top can be tested and benchmarked apart from it.
 *
 * <ul>
 *   <li>{@link io.carepulse.feedback.themes.MessageTerms}: a message's countable terms (Lucene
 *       analysis, PHI blanked first), with their surface forms for display
 *       ({@link io.carepulse.feedback.themes.DisplayForms}).
 *   <li>{@link io.carepulse.feedback.themes.ThemeTaxonomy}: an organisation's clinical-service
 *       themes (eleven defaults plus its own {@link io.carepulse.feedback.themes.Theme}s) and which of
 *       them a message touches.
 *   <li>{@link io.carepulse.feedback.themes.EmergingPhrases}: phrases outside the taxonomy that rose
 *       against the organisation's baseline, never one seen in fewer than five threads.
 *   <li>{@link io.carepulse.feedback.themes.SentimentScorer}: POSITIVE / NEUTRAL / NEGATIVE with a
 *       score, by a documented lexicon method.
 * </ul>
 */
package io.carepulse.feedback.themes;
