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
        // Measured 0.837 and 0.835 (POSITIVE F1 0.867, NEUTRAL 0.838, NEGATIVE 0.800).
        assertThat(heldOut.accuracy()).isGreaterThanOrEqualTo(0.83);
        assertThat(heldOut.macroF1()).isGreaterThanOrEqualTo(0.83);
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
        // Measured 0.972 and 0.973: the corpus the lexicon was tuned on, so far above the held-out figures.
        assertThat(development.accuracy()).isGreaterThanOrEqualTo(0.96);
        assertThat(development.macroF1()).isGreaterThanOrEqualTo(0.96);
    }
}
