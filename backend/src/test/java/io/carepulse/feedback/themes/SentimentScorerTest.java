package io.carepulse.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class SentimentScorerTest {

    private final SentimentScorer scorer = SentimentScorer.standard();

    private Sentiment sentiment(String text) {
        return scorer.score(text).sentiment();
    }

    private double score(String text) {
        return scorer.score(text).score();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The nurse was kind and professional                   | POSITIVE
            Thank you so much for fitting me in!                  | POSITIVE
            No complaints, the visit went smoothly                | POSITIVE
            The receptionist was rude                             | NEGATIVE
            I waited hours and nobody told me why                 | NEGATIVE
            They lost my referral                                 | NEGATIVE
            I was billed twice, this is a billing nightmare       | NEGATIVE
            Never again.                                          | NEGATIVE
            Can I reschedule my appointment to Friday?            | NEUTRAL
            What kind of insurance do you take?                   | NEUTRAL
            Is it normal to wait this long for results?           | NEUTRAL
            Thanks                                                | NEUTRAL
            Please send my records to Dr. Adams, thanks in advance | NEUTRAL
            I won't be able to attend tomorrow, please cancel.    | NEUTRAL
            I don't have my insurance card with me.               | NEUTRAL
            Thanks!                                               | NEUTRAL
            The doctor didn't call.                               | NEGATIVE
            """)
    void aMessageGetsTheSentimentItsWordsCarry(String text, Sentiment expected) {
        assertThat(sentiment(text)).isEqualTo(expected);
    }

    @Test
    void aNegationFlipsAndWeakensWhatFollowsIt() {
        assertThat(sentiment("The staff were not helpful")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(sentiment("The nurse was never rude")).isEqualTo(Sentiment.POSITIVE);
        assertThat(sentiment("The wait wasn't bad")).isEqualTo(Sentiment.POSITIVE);
        assertThat(score("The nurse was never rude")).isLessThan(score("The nurse was kind"));
        // Not across a clause: the comma ends the negation's reach.
        assertThat(sentiment("Not what I expected, the staff were lovely")).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void whatFollowsButOutweighsWhatCameBefore() {
        assertThat(sentiment("The nurse was kind but the billing is a nightmare")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(sentiment("The billing is a nightmare but the nurse was kind")).isEqualTo(Sentiment.POSITIVE);
        assertThat(sentiment("Although the wait was long, the doctor was excellent")).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void intensifiersCapitalsAndExclamationsStrengthenASentiment() {
        double plain = score("The staff were rude");
        assertThat(score("The staff were very rude")).isLessThan(plain);
        assertThat(score("The staff were RUDE")).isLessThan(plain);
        assertThat(score("The staff were rude!!!")).isLessThan(plain);
        assertThat(score("The staff were slightly rude")).isGreaterThan(plain);
    }

    @Test
    void aQuestionCountsLessThanAStatement() {
        assertThat(score("Why was the wait so long?")).isGreaterThan(score("The wait was so long."));
    }

    @Test
    void scoresStayBetweenMinusOneAndOneAndNothingIsNeutral() {
        assertThat(score("Excellent, wonderful, amazing, fantastic, brilliant care!!!")).isBetween(0.9, 1.0);
        assertThat(score("Terrible, awful, horrible, rude, filthy place!!!")).isBetween(-1.0, -0.9);
        assertThat(scorer.score("")).isEqualTo(new SentimentScore(Sentiment.NEUTRAL, 0));
        assertThat(scorer.score(null)).isEqualTo(new SentimentScore(Sentiment.NEUTRAL, 0));
    }

    @Test
    void theLexiconRefusesADuplicateABadLineAndAWildcardAtAnEnd() {
        assertThatThrownBy(() -> SentimentLexicon.parse("rude\t-2\nRude\t-3")).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> SentimentLexicon.parse("waits\t-1\nwait\t-1")).hasMessageContaining("same phrase");
        assertThatThrownBy(() -> SentimentLexicon.parse("rude -2")).hasMessageContaining("phrase<TAB>weight");
        assertThatThrownBy(() -> SentimentLexicon.parse("rude\t-5")).hasMessageContaining("[-4, 4]");
        assertThatThrownBy(() -> SentimentLexicon.parse("* hours\t-1")).hasMessageContaining("*");
    }

    @Test
    void aNumberPlaceholderStandsForACountInDigitsOrWords() {
        SentimentScorer custom = new SentimentScorer(SentimentLexicon.parse("waited # hours\t-3"));
        assertThat(custom.score("I waited 3 hours").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(custom.score("I waited two hours").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(custom.score("I waited after hours").sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void aWildcardStandsForAnyOneWord() {
        SentimentScorer custom = new SentimentScorer(SentimentLexicon.parse("gave me my * back\t3"));
        assertThat(custom.score("They gave me my life back").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(custom.score("They gave me my back").sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void concurrentCallersGetTheSameScoresAsOne() throws IOException {
        String corpus = new ClassPathResource("feedback/sentiment-dev.tsv").getContentAsString(StandardCharsets.UTF_8);
        List<String> texts = Arrays.stream(corpus.split("\n")).filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t", 2)[1]).toList();
        List<SentimentScore> one = texts.stream().map(scorer::score).toList();
        List<SentimentScore> many = texts.parallelStream().map(scorer::score).toList();
        assertThat(many).isEqualTo(one);
    }
}
