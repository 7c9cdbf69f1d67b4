package io.carepulse.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({ "the, 1", "cat, 1", "table, 2", "tables, 2", "created, 3", "simple, 2", "hospital, 3", "readable, 3",
            "every, 2", "everyone, 3", "doctor, 2", "authorization, 5", "signed, 1", "wanted, 2", "called, 1",
            "settled, 2", "makes, 1", "places, 2", "wishes, 2", "types, 1", "beyond, 2", "media, 3", "radio, 3",
            "usual, 3", "idea, 3", "tea, 1", "quiet, 2", "client, 2", "patient, 2", "people, 2", "language, 2",
            "surgeon, 2", "being, 2", "likely, 2", "statement, 2", "settlement, 3", "completely, 3", "agreement, 3",
            "someone, 2", "previous, 3", "period, 3", "million, 2", "opinion, 3", "information, 4", "revocation, 4",
            "disclosure, 3", "insurance, 3", "healthcare, 2", "psychotherapy, 5", "signature, 3",
            "representative, 5", "individual, 5", "diagnosis, 4", "guardian, 3", "financial, 3", "experience, 4",
            "audience, 3", "voluntarily, 5", "identifiable, 6", "notwithstanding, 4", "pursuant, 3" })
    void syllablesOfEverydayAndConsentWordsMatchTheDictionary(String word, int syllables) {
        assertThat(Readability.of(word).syllables()).isEqualTo(syllables);
    }

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({ "element, 3", "science, 2", "hereby, 2", "poem, 2" })
    void theRulesMissSomeWordsButNeverByMoreThanOneSyllable(String word, int syllables) {
        assertThat(Readability.of(word).syllables()).isNotEqualTo(syllables).isCloseTo(syllables, within(1));
    }

    @Test
    void aWordHasAtLeastOneSyllableAndAHyphenatedCompoundIsOneWord() {
        assertThat(Readability.of("hmm")).extracting(Readability::words, Readability::syllables).containsExactly(1, 1);
        assertThat(Readability.of("follow-up")).extracting(Readability::words, Readability::syllables)
                .containsExactly(1, 3);
    }

    @Test
    void shortWordsInAShortSentenceScoreBelowZero() {
        // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 6/6 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
        Readability catOnTheMat = Readability.of("The cat sat on the mat.");
        assertThat(catOnTheMat).extracting(Readability::sentences, Readability::words, Readability::syllables)
                .containsExactly(1, 6, 6);
        assertThat(catOnTheMat.grade()).isCloseTo(-1.45, within(0.001));
        assertThat(catOnTheMat.isPlainLanguage()).isTrue();
    }

    @Test
    void longWordsScoreHighEvenInAShortSentence() {
        // hos-pi-tal doc-tors cre-at-ed a read-a-ble ta-ble: 6 words, 3+2+3+1+3+2 = 14 syllables:
        // 0.39 × 6 + 11.8 × 14/6 − 15.59 = 2.34 + 27.533 − 15.59 = 14.283
        Readability readable = Readability.of("Hospital doctors created a readable table.");
        assertThat(readable).extracting(Readability::sentences, Readability::words, Readability::syllables)
                .containsExactly(1, 6, 14);
        assertThat(readable.grade()).isCloseTo(14.283, within(0.001));
        assertThat(readable.isPlainLanguage()).isFalse();
    }

    @Test
    void aTypicalSentenceOfTheConsentPage() {
        // 10 words, one of two syllables each in sto-ry and web-site: 12 syllables:
        // 0.39 × 10 + 11.8 × 12/10 − 15.59 = 3.9 + 14.16 − 15.59 = 2.47
        Readability share = Readability.of("We would like to share your story on our website.");
        assertThat(share).extracting(Readability::sentences, Readability::words, Readability::syllables)
                .containsExactly(1, 10, 12);
        assertThat(share.grade()).isCloseTo(2.47, within(0.001));
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        // Ask Dr. Lee, e.g. by phone: 6 words, 1+1+1+2+1+1 = 7 syllables, 1 sentence:
        // 0.39 × 6 + 11.8 × 7/6 − 15.59 = 2.34 + 13.767 − 15.59 = 0.517
        Readability askTheDoctor = Readability.of("Ask Dr. Lee, e.g. by phone.");
        assertThat(askTheDoctor).extracting(Readability::sentences, Readability::words, Readability::syllables)
                .containsExactly(1, 6, 7);
        assertThat(askTheDoctor.grade()).isCloseTo(0.517, within(0.001));
        assertThat(Readability.of("You can say no. Is that fine? Yes! Thank you (really).").sentences()).isEqualTo(4);
    }

    @Test
    void numbersAreWordsOfOneSyllablePerDigitAndDecimalsDoNotEndSentences() {
        assertThat(Readability.of("Take 2.5 mg for 30 days.")).extracting(Readability::sentences,
                Readability::words, Readability::syllables).containsExactly(1, 6, 1 + 2 + 1 + 1 + 2 + 1);
        assertThat(Readability.of("See 45 CFR 164.508.").syllables()).isEqualTo(1 + 2 + 3 + 6);
    }

    @Test
    void markdownMarkupIsNeitherAWordNorASyllable() {
        String markdown = """
                ## Your *story*

                - You can say **no**
                - Read [our policy](https://example.org/privacy_policy)

                > `Thank` you.
                """;
        Readability plain = Readability.of("Your story. You can say no. Read our policy. Thank you.");
        assertThat(Readability.of(markdown)).isEqualTo(plain);
        assertThat(plain).extracting(Readability::sentences, Readability::words).containsExactly(4, 11);
    }

    @Test
    void aParagraphWrappedOverLinesIsOneSentenceUntilItsFullStop() {
        assertThat(Readability.of("We will not share\nyour name with anyone.\n\nThank you").sentences()).isEqualTo(2);
    }

    @Test
    void plainConsentTextIsPlainLanguage() {
        Readability consent = Readability.of("""
                We would like to share your story on our website and social media.
                We will use your first name and the photo you send us.
                You do not have to say yes. Your care will not change if you say no.
                You can change your mind at any time. Just tell us, and we will take your story down.
                """);
        assertThat(consent.isPlainLanguage()).isTrue();
        assertThat(consent.grade()).isLessThanOrEqualTo(Readability.PLAIN_LANGUAGE_GRADE);
    }

    @Test
    void denseLegalTextIsFarAboveGradeTwelve() {
        Readability legal = Readability.of("""
                I hereby authorize the aforementioned covered entity to use or disclose my individually
                identifiable health information, as described herein, for the purposes of marketing communications,
                notwithstanding any previously executed authorization, pursuant to the applicable provisions of
                the Privacy Rule, and I acknowledge that information disclosed pursuant to this authorization may
                be subject to redisclosure by the recipient and no longer protected by federal regulations.
                """);
        assertThat(legal.grade()).isGreaterThan(12);
        assertThat(legal.isPlainLanguage()).isFalse();
    }

    @Test
    void textWithoutWordsScoresZero() {
        Readability nothing = new Readability(0, 0, 0, 0);
        assertThat(Readability.of("")).isEqualTo(nothing);
        assertThat(Readability.of("  \n\n ")).isEqualTo(nothing);
        assertThat(Readability.of("--- ... !")).isEqualTo(nothing);
    }
}
