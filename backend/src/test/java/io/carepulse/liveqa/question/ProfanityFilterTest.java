package io.carepulse.liveqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfanityFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"This is fucking ridiculous", "what the SHIT", "f*ck this wait", "you bastards",
            "total bullshit answer"})
    void profanityIsFlagged(String text) {
        assertThat(ProfanityFilter.matches(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Is a breast lump always cancer?", "Can sex cause a UTI?", "rectal bleeding after a run",
            "Does the vagina change after birth?", "penis pain when urinating", "Scunthorpe clinic hours",
            "I assessed my glasses", "Is cocktail sauce ok on a low-salt diet?"})
    void clinicalWordsAndInnocentSubstringsAreNot(String text) {
        assertThat(ProfanityFilter.matches(text)).isFalse();
    }
}
