package io.carepulse.feedback.themes;

/**
 * A phrase that rose in the period: its term (name it with {@link DisplayForms#displayOf}), the
 * distinct threads that used it in the period and in the baseline, and the ranking statistic.
 *
 * @param score signed log-likelihood ratio G² of the period against the baseline (higher: more
 *     surely more frequent now); the thread count when there is no baseline
 */
public record EmergingPhrase(String term, int threads, int baselineThreads, double score) {
}
