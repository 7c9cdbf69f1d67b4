package io.carepulse.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmergingPhrasesTest {

    private static final ThemeTaxonomy TAXONOMY = ThemeTaxonomy.defaults();
    private static final TermCounts QUIET_BASELINE = new TermCounts(Map.of("lab closur", 1, "gift shop", 40), 1000);

    private static List<String> emerging(Map<String, Integer> period, int threads, TermCounts baseline, int limit) {
        return EmergingPhrases.pick(new TermCounts(period, threads), baseline, TAXONOMY, limit).stream()
                .map(EmergingPhrase::term).toList();
    }

    @Test
    void aPhraseFromFourThreadsIsNeverShownAndFromFiveItIs() {
        assertThat(EmergingPhrases.MIN_DISTINCT_THREADS).isEqualTo(5);
        // Even against an empty baseline and with no other candidate.
        assertThat(emerging(Map.of("lab closur", 4), 10, QUIET_BASELINE, 10)).isEmpty();
        assertThat(emerging(Map.of("lab closur", 4), 10, new TermCounts(Map.of(), 0), 10)).isEmpty();
        assertThat(emerging(Map.of("lab closur", 5), 10, QUIET_BASELINE, 10)).containsExactly("lab closur");
    }

    @Test
    void phrasesRankByLogLikelihoodAgainstTheBaseline() {
        Map<String, Integer> period = Map.of("lab closur", 30, "flu clinic", 8, "new build", 12, "gift shop", 8);
        TermCounts baseline = new TermCounts(Map.of("lab closur", 2, "flu clinic", 0, "new build", 10,
                "gift shop", 40), 1000);
        List<EmergingPhrase> phrases = EmergingPhrases.pick(new TermCounts(period, 200), baseline, TAXONOMY, 10);
        // "gift shop" is as common as usual (8/200 = 40/1000): not emerging.
        assertThat(phrases).extracting(EmergingPhrase::term).containsExactly("lab closur", "flu clinic", "new build");
        assertThat(phrases.getFirst().threads()).isEqualTo(30);
        assertThat(phrases.getFirst().baselineThreads()).isEqualTo(2);
        assertThat(phrases.getFirst().score()).isEqualTo(LogLikelihood.g2(30, 200, 2, 1000));
    }

    @Test
    void aSmallRiseIsNoiseAndIsDropped() {
        // 6 of 200 against 20 of 1000 (3% against 2%): G² well under 3.84.
        assertThat(emerging(Map.of("new build", 6), 200, new TermCounts(Map.of("new build", 20), 1000), 10)).isEmpty();
    }

    @Test
    void termsOfTheTaxonomyAndGenericWordsAreNotEmergingPhrases() {
        Map<String, Integer> period = Map.of("wait", 50, "flu shot", 50, "thank", 50, "good morn", 50, "lab closur", 50);
        assertThat(emerging(period, 100, QUIET_BASELINE, 10)).containsExactly("lab closur");
    }

    @Test
    void aBigramIsPreferredToAWordItExplains() {
        Map<String, Integer> period = Map.of("lab closur", 20, "closur", 24, "lab", 30, "cafeteria", 40, "cafeteria menu", 10);
        // "closure" mostly comes in "lab closure" and is left out; "lab" too; "cafeteria" (40 threads) is
        // used far more often than its bigram (10) and stays.
        assertThat(emerging(period, 200, QUIET_BASELINE, 10)).containsExactlyInAnyOrder("lab closur", "cafeteria",
                "cafeteria menu");
    }

    @Test
    void withoutABaselinePhrasesRankByTheirThreads() {
        Map<String, Integer> period = Map.of("lab closur", 6, "new build", 9, "flu clinic", 9);
        assertThat(emerging(period, 50, new TermCounts(Map.of(), 0), 10))
                .containsExactly("flu clinic", "new build", "lab closur");
    }

    @Test
    void theOrderIsDeterministicAndLimited() {
        Map<String, Integer> forward = new LinkedHashMap<>();
        Map<String, Integer> backward = new LinkedHashMap<>();
        List<String> terms = List.of("alpha beta", "gamma delta", "epsilon zeta", "eta theta");
        terms.forEach(term -> forward.put(term, 7));
        terms.reversed().forEach(term -> backward.put(term, 7));
        TermCounts baseline = new TermCounts(Map.of(), 1000);
        assertThat(emerging(forward, 100, baseline, 3)).isEqualTo(emerging(backward, 100, baseline, 3))
                .containsExactly("alpha beta", "epsilon zeta", "eta theta");
    }

    @Test
    void logLikelihoodMatchesTheTextbookFormula() {
        assertThat(LogLikelihood.g2(10, 100, 100, 1000)).isEqualTo(0, within(1e-9));
        // 2 Σ O ln(O / E) over the four cells, computed the long way.
        double[][] observed = {{30, 170}, {2, 998}};
        double total = 1200;
        double g2 = 0;
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 2; column++) {
                double expected = (observed[row][0] + observed[row][1]) * (observed[0][column] + observed[1][column])
                        / total;
                g2 += 2 * observed[row][column] * Math.log(observed[row][column] / expected);
            }
        }
        assertThat(LogLikelihood.g2(30, 200, 2, 1000)).isEqualTo(g2, within(1e-9));
    }
}
