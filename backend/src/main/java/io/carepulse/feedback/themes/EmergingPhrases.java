package io.carepulse.feedback.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Phrases outside the taxonomy that patients use more now than usual: the organisation's own
 * baseline is the yardstick, so a clinic whose patients always talk about its "front desk" is not
 * told so every week, and a new "flu clinic" or "lab closure" surfaces as soon as it recurs.
 *
 * <p>A term qualifies when it was used in at least {@link #MIN_DISTINCT_THREADS} distinct threads of
 * the period (so no phrase can single out one patient: PHI is already blanked before counting, and a
 * phrase from fewer threads is never shown), is not covered by a theme, is not generic
 * ({@link WordLists#GENERIC_WORDS} alone or two of them) and is proportionally more frequent than in
 * the baseline. Qualifying terms are ranked by Dunning's log-likelihood ratio G² on the 2×2 table
 * (threads with and without the term, period and baseline): unlike a plain ratio of rates it does not
 * crown a phrase seen 5 times against 0, nor ignore one seen 200 times against 100, and unlike
 * chi-square it stays sound for rare terms. Terms below {@link #MIN_LOG_LIKELIHOOD} are noise and
 * dropped. Bigrams are preferred: a word is left out when a qualifying bigram holding it
 * accounts for at least half of its threads ("lab" under "lab closure"). Without a baseline (a new
 * organisation) terms rank by their thread count. Ties break by threads, then by term, so the order
 * is deterministic. A pure function.
 */
public final class EmergingPhrases {

    /** The hard privacy floor: a phrase used in fewer distinct threads is never shown. */
    public static final int MIN_DISTINCT_THREADS = 5;

    /** G² of 3.84 is the 95% point of chi-square with one degree of freedom. */
    static final double MIN_LOG_LIKELIHOOD = 3.84;

    private static final Set<String> GENERIC = Set.of(WordLists.GENERIC_WORDS.trim().split("\\s+")).stream()
            .flatMap(word -> MessageTerms.terms(word, List.of()).stream())
            .collect(Collectors.toUnmodifiableSet());

    private static final Comparator<EmergingPhrase> RANKING = Comparator
            .comparingDouble(EmergingPhrase::score).reversed()
            .thenComparing(Comparator.comparingInt(EmergingPhrase::threads).reversed())
            .thenComparing(EmergingPhrase::term);

    private EmergingPhrases() {
    }

    /** The top {@code limit} emerging phrases of {@code period} against {@code baseline}, best first. */
    public static List<EmergingPhrase> pick(TermCounts period, TermCounts baseline, ThemeTaxonomy taxonomy,
            int limit) {
        List<EmergingPhrase> candidates = new ArrayList<>();
        period.threadsByTerm().forEach((term, threads) -> {
            if (threads >= MIN_DISTINCT_THREADS && !taxonomy.covers(term) && !generic(term)) {
                EmergingPhrase phrase = scored(term, threads, period.total(), baseline.threads(term), baseline.total());
                if (phrase != null) {
                    candidates.add(phrase);
                }
            }
        });
        candidates.sort(RANKING);
        List<EmergingPhrase> bigrams = candidates.stream().filter(phrase -> phrase.term().contains(" ")).toList();
        List<EmergingPhrase> chosen = new ArrayList<>();
        for (EmergingPhrase phrase : candidates) {
            if (chosen.size() == limit) {
                break;
            }
            if (phrase.term().contains(" ") || !explainedByBigram(phrase, bigrams)) {
                chosen.add(phrase);
            }
        }
        return List.copyOf(chosen);
    }

    private static EmergingPhrase scored(String term, int threads, int total, int baselineThreads, int baselineTotal) {
        int periodTotal = Math.max(total, threads);
        if (baselineTotal == 0) {
            return new EmergingPhrase(term, threads, 0, threads);
        }
        int baseTotal = Math.max(baselineTotal, baselineThreads);
        if ((double) threads / periodTotal <= (double) baselineThreads / baseTotal) {
            return null;
        }
        double g2 = LogLikelihood.g2(threads, periodTotal, baselineThreads, baseTotal);
        return g2 < MIN_LOG_LIKELIHOOD ? null : new EmergingPhrase(term, threads, baselineThreads, g2);
    }

    private static boolean explainedByBigram(EmergingPhrase word, List<EmergingPhrase> bigrams) {
        return bigrams.stream().anyMatch(bigram -> 2 * bigram.threads() >= word.threads()
                && List.of(bigram.term().split(" ")).contains(word.term()));
    }

    private static boolean generic(String term) {
        for (String word : term.split(" ")) {
            if (!GENERIC.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
