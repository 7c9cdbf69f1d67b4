package io.carepulse.feedback.themes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Names a term the way patients wrote it. A stem ("wait time", "vaccin") is for counting, not for
 * reading, so each term keeps how often each surface form was seen and shows the most frequent one
 * ("wait times" when most wrote that); on a tie the shorter, then the alphabetically first, so the
 * name is stable. Counts can be stored per day and merged, like the term counts themselves.
 *
 * <p>An accumulator for one aggregation: not safe to share between threads while it is filled.
 */
public final class DisplayForms {

    private static final Comparator<Map.Entry<String, Integer>> PREFERRED = Map.Entry
            .<String, Integer>comparingByValue().reversed()
            .thenComparing(entry -> entry.getKey().length())
            .thenComparing(Map.Entry::getKey);

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /** Counts each surface form of one message once. */
    public DisplayForms add(AnalysedMessage message) {
        message.surfaces().forEach((term, surface) -> add(term, surface, 1));
        return this;
    }

    public DisplayForms add(String term, String surface, int times) {
        counts.computeIfAbsent(term, t -> new HashMap<>()).merge(surface, times, Integer::sum);
        return this;
    }

    /** Adds another accumulator's counts (another day's, another source's). */
    public DisplayForms merge(DisplayForms other) {
        other.counts.forEach((term, forms) -> forms.forEach((surface, times) -> add(term, surface, times)));
        return this;
    }

    /** The most frequent surface form of the term, or the term itself when none was seen. */
    public String displayOf(String term) {
        Map<String, Integer> forms = counts.get(term);
        if (forms == null || forms.isEmpty()) {
            return term;
        }
        return forms.entrySet().stream().min(PREFERRED).orElseThrow().getKey();
    }

    /** A copy of the counts, term → surface form → messages, for storing. */
    public Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> copy = new HashMap<>();
        counts.forEach((term, forms) -> copy.put(term, Map.copyOf(forms)));
        return Map.copyOf(copy);
    }
}
