package io.carepulse.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Precision and recall of the scanner on four corpora of invented text. {@code phi/corpus.tsv}
 * grew with the rules: every expected identifier must be found (recall 1.0), and findings of
 * types a line does not expect count against precision, which must stay at 0.97 or above (a few
 * known false positives: public figures next to clinical words). {@code phi/independent-a.tsv} and
 * {@code phi/independent-b.tsv} were written apart from the rules, measured, then used to improve
 * them; {@code phi/independent-c.tsv} was written apart from the rules and is held out: it
 * measures the scanner on text it has not seen.
 */
class PhiScannerCorpusTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private final PhiScanner scanner = new PhiScanner();

    record Example(Set<PhiType> expected, String text) {
    }

    record Score(int examples, int expected, int truePositives, List<String> missed, List<String> spurious) {

        double recall() {
            return (double) truePositives / expected;
        }

        double precision() {
            return (double) truePositives / (truePositives + spurious.size());
        }
    }

    @Test
    void findsEveryIdentifierInTheCorpusWithHighPrecision() throws IOException {
        Score score = score("phi/corpus.tsv");
        assertThat(score.missed()).as("identifiers the scanner missed").isEmpty();
        assertThat(score.precision()).as("precision, false positives: %s", score.spurious())
                .isGreaterThanOrEqualTo(0.97);
    }

    /**
     * Held out: written by a third writer who saw neither the rules nor the other corpora, and
     * never tuned to. Measured when it arrived: the scanner of fd2d2fa recall 0.696, precision
     * 0.860; with the rules improved against independent-b.tsv, recall 0.773, precision 0.888. A
     * floor, so that a change that makes it worse fails; do not raise it by tuning rules to these
     * lines — when it has served, write a new held-out set.
     */
    @Test
    void keepsItsRecallAndPrecisionOnTheHeldOutCorpus() throws IOException {
        Score score = score("phi/independent-c.tsv");
        assertThat(score.recall()).as("held-out recall").isGreaterThanOrEqualTo(0.77);
        assertThat(score.precision()).as("held-out precision").isGreaterThanOrEqualTo(0.88);
    }

    /**
     * Held out until the rules were improved against it (recall 0.708 → 0.968, precision 0.868 →
     * 0.942); the misses left are names the writer marks only by brackets or a leading comma
     * ("Will, my husband", "dad (big Mike)").
     */
    @Test
    void findsNearlyEveryIdentifierInTheSecondIndependentCorpus() throws IOException {
        Score score = score("phi/independent-b.tsv");
        assertThat(score.recall()).as("recall, missed: %s", score.missed()).isGreaterThanOrEqualTo(0.96);
        assertThat(score.precision()).as("precision, false positives: %s", score.spurious())
                .isGreaterThanOrEqualTo(0.93);
    }

    private Score score(String resource) throws IOException {
        List<Example> corpus = corpus(resource);
        int truePositives = 0;
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (Example example : corpus) {
            Set<PhiType> found = scanner.scan(example.text()).stream().map(PhiFinding::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(PhiType.class)));
            for (PhiType type : example.expected()) {
                if (found.contains(type)) {
                    truePositives++;
                } else {
                    missed.add(type + " in: " + example.text());
                }
            }
            for (PhiType type : found) {
                if (!example.expected().contains(type)) {
                    spurious.add(type + " in: " + example.text());
                }
            }
        }
        Score score = new Score(corpus.size(), truePositives + missed.size(), truePositives, missed, spurious);
        System.out.printf("%s: %d examples, %d expected identifiers, recall %.3f, precision %.3f%n",
                resource, score.examples(), score.expected(), score.recall(), score.precision());
        missed.forEach(m -> System.out.println("  missed: " + m));
        spurious.forEach(f -> System.out.println("  false positive: " + f));
        return score;
    }

    /** Written apart from the rules, then used to improve them: two known misses, a few public figures. */
    @Test
    void findsNearlyEveryIdentifierInTheFirstIndependentCorpus() throws IOException {
        Score score = score("phi/independent-a.tsv");
        assertThat(score.recall()).as("recall, missed: %s", score.missed()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.precision()).as("precision, false positives: %s", score.spurious())
                .isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void findingsCarryTypeSeverityAndSpanButNotTheText() {
        String text = "Call me at 951-555-0143 please";
        List<PhiFinding> findings = scanner.scan(text);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(PhiType.PHONE);
            assertThat(f.severity()).isEqualTo(PhiType.Severity.MEDIUM);
            assertThat(text.substring(f.start(), f.end())).isEqualTo("951-555-0143");
        });
        assertThat(PhiFinding.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("type", "severity", "start", "end");
    }

    @Test
    void overlappingFindingsKeepTheMostSevere() {
        List<PhiFinding> findings = scanner.scan("Patient Harold Jenkins, MRN 5510023, asked about his medication.");
        assertThat(findings).extracting(PhiFinding::type)
                .containsExactly(PhiType.PERSON_NAME, PhiType.MEDICAL_RECORD_NUMBER);
    }

    @Test
    void blankTextHasNoFindings() {
        assertThat(scanner.scan(null)).isEmpty();
        assertThat(scanner.scan("   ")).isEmpty();
        assertThat(scanner.containsPhi("What are the early signs of a stroke?")).isFalse();
    }

    private static List<Example> corpus(String resource) throws IOException {
        String content = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (String line : content.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            Set<PhiType> expected = EnumSet.noneOf(PhiType.class);
            if (!parts[0].equals("NONE")) {
                Arrays.stream(parts[0].split(",")).map(PhiType::valueOf).forEach(expected::add);
            }
            examples.add(new Example(expected, unescape(parts[1])));
        }
        return examples;
    }

    /** Invisible characters are written in the corpus as backslash-u escapes, so a reader sees them. */
    private static String unescape(String text) {
        return ESCAPE.matcher(text).replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }
}
