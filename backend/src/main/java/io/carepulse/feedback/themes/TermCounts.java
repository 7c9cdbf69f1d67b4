package io.carepulse.feedback.themes;

import java.util.Map;

/**
 * How many distinct threads used each term over a period, and how many threads (or messages, the
 * same unit throughout) there were: the sums of the per-day counts.
 *
 * @param threadsByTerm term → distinct threads that used it (a thread counts once per term)
 * @param total threads in the period, the denominator of every rate
 */
public record TermCounts(Map<String, Integer> threadsByTerm, int total) {

    public TermCounts {
        threadsByTerm = Map.copyOf(threadsByTerm);
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
    }

    int threads(String term) {
        return threadsByTerm.getOrDefault(term, 0);
    }
}
