package io.carepulse.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The scorer on two corpora of invented patient messages: the development corpus the lexicon and
 * constants were tuned on, and the held-out corpus, written independently and never used for tuning,
 * which measures how the method generalises. The floors sit just under the measured figures, so a
 * change that makes the scorer worse fails here. Run with {@code -Dsentiment.misses=true} to list the
 * development corpus's misclassified lines (never the held-out ones: reading them would tune on them).
 */
class SentimentCorpusTest {

    private final SentimentScorer scorer = SentimentScorer.standard();

    @Test
    void heldOutCorpusScoresAtLeastTheMeasuredAccuracyAndMacroF1() throws IOException {
        CorpusEvaluation heldOut = CorpusEvaluation.of("feedback/sentiment.tsv", scorer);
        System.out.print(heldOut.report());
        assertThat(heldOut.lines()).isGreaterThanOrEqualTo(300);
        // Measured 0.847 and 0.846 (F1: POSITIVE 0.874, NEUTRAL 0.849, NEGATIVE 0.813).
        assertThat(heldOut.accuracy()).isGreaterThanOrEqualTo(0.84);
        assertThat(heldOut.macroF1()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void developmentCorpusIsBalancedAndScoresAtLeastTheMeasuredFigures() throws IOException {
        CorpusEvaluation development = CorpusEvaluation.of("feedback/sentiment-dev.tsv", scorer);
        System.out.print(development.report());
        if (Boolean.getBoolean("sentiment.misses")) {
            development.misses().forEach(System.out::println);
        }
        for (Sentiment label : Sentiment.values()) {
            assertThat(development.linesLabelled(label)).isGreaterThanOrEqualTo(70);
        }
        assertThat(development.lines()).isGreaterThanOrEqualTo(200);
        // Measured 0.971 and 0.971: the corpus the lexicon was tuned on, so far above the held-out figures.
        assertThat(development.accuracy()).isGreaterThanOrEqualTo(0.96);
        assertThat(development.macroF1()).isGreaterThanOrEqualTo(0.96);
    }
}
