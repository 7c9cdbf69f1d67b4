package io.carepulse.feedback.themes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * Scores a labelled corpus ({@code LABEL<TAB>TEXT} lines, {@code #} comments) and reports the
 * confusion matrix, accuracy and macro-F1 (the mean of the three labels' F1, so NEUTRAL counts as
 * much as the polar labels however many lines each has).
 */
record CorpusEvaluation(String name, int[][] confusion, List<String> misses) {

    private static final Sentiment[] LABELS = Sentiment.values();

    static CorpusEvaluation of(String resource, SentimentScorer scorer) throws IOException {
        String corpus = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        int[][] confusion = new int[LABELS.length][LABELS.length];
        List<String> misses = new ArrayList<>();
        for (String line : corpus.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            Sentiment expected = Sentiment.valueOf(parts[0].strip());
            SentimentScore scored = scorer.score(parts[1]);
            confusion[expected.ordinal()][scored.sentiment().ordinal()]++;
            if (scored.sentiment() != expected) {
                misses.add(String.format("%-8s %-8s %+.2f %s", expected, scored.sentiment(), scored.score(), parts[1]));
            }
        }
        return new CorpusEvaluation(resource, confusion, misses);
    }

    int lines() {
        int total = 0;
        for (int[] row : confusion) {
            for (int cell : row) {
                total += cell;
            }
        }
        return total;
    }

    int linesLabelled(Sentiment label) {
        int total = 0;
        for (int cell : confusion[label.ordinal()]) {
            total += cell;
        }
        return total;
    }

    double accuracy() {
        int right = 0;
        for (int i = 0; i < LABELS.length; i++) {
            right += confusion[i][i];
        }
        return (double) right / lines();
    }

    double f1(Sentiment label) {
        int i = label.ordinal();
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[i];
        }
        double precision = predicted == 0 ? 0 : (double) confusion[i][i] / predicted;
        double recall = (double) confusion[i][i] / linesLabelled(label);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double macroF1() {
        double sum = 0;
        for (Sentiment label : LABELS) {
            sum += f1(label);
        }
        return sum / LABELS.length;
    }

    /** The figures as a small table: rows are the labels given, columns the labels scored. */
    String report() {
        StringBuilder out = new StringBuilder(String.format("%s: %d lines, accuracy %.3f, macro-F1 %.3f%n",
                name, lines(), accuracy(), macroF1()));
        out.append(String.format("%-10s %9s %9s %9s %6s%n", "given\\scored", "POSITIVE", "NEUTRAL", "NEGATIVE", "F1"));
        for (Sentiment label : LABELS) {
            int[] row = confusion[label.ordinal()];
            out.append(String.format("%-12s %9d %9d %9d %6.3f%n", label, row[0], row[1], row[2], f1(label)));
        }
        return out.toString();
    }
}
