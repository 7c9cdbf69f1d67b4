package io.carepulse.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void plainAsciiIsLeftAsItIs() {
        String typed = "Call me at 951-555-0143, my A1C is 6.1 and my CO2 is fine.";
        assertThat(NormalizedText.of(typed).text()).isEqualTo(typed);
    }

    @Test
    void fullWidthFormsBecomeAsciiAndMapBackOneToOne() {
        NormalizedText normalized = NormalizedText.of("call ６１７−５５５−０１３４ now");
        assertThat(normalized.text()).isEqualTo("call 617-555-0134 now");
        assertThat(original(normalized, 5, 17)).isEqualTo(new PhiFinding(PhiType.PHONE, PhiType.Severity.MEDIUM, 5, 17));
    }

    @Test
    void invisibleCharactersAreDroppedButSpansStillCoverThem() {
        String typed = "ssn 123\u200B-45\u00AD-67\u206089\uFEFF!";
        NormalizedText normalized = NormalizedText.of(typed);
        assertThat(normalized.text()).isEqualTo("ssn 123-45-6789!");
        PhiFinding finding = original(normalized, 4, 15);
        assertThat(typed.substring(finding.start(), finding.end())).isEqualTo("123\u200B-45\u00AD-67\u206089");
    }

    @Test
    void aLetterAndItsCombiningAccentBecomeOneCharacterThatMapsToBoth() {
        String typed = "Jose\u0301 Nu\u0301n\u0303ez";
        NormalizedText normalized = NormalizedText.of(typed);
        assertThat(normalized.text()).isEqualTo("José Núñez");
        PhiFinding finding = original(normalized, 0, 4);
        assertThat(typed.substring(finding.start(), finding.end())).isEqualTo("Jose\u0301");
        assertThat(NormalizedText.of("6\u03327\u0332").text()).isEqualTo("67");
    }

    @Test
    void cyrillicAndGreekLettersThatLookLatinBecomeLatin() {
        assertThat(NormalizedText.of("jane.d\u043Ee@ex\u0430mple.org").text()).isEqualTo("jane.doe@example.org");
        assertThat(NormalizedText.of("\u039Caria \u0421hen").text()).isEqualTo("Maria Chen");
        assertThat(NormalizedText.of("O\u2019Brien \u2013 617\u2010555").text()).isEqualTo("O'Brien - 617-555");
    }

    @Test
    void theLettersOAndLAmongDigitsAreDigitsButWordsAndLabCodesKeepTheirLetters() {
        assertThat(NormalizedText.of("951-555-O143 or 6l7-555-0134").text()).isEqualTo("951-555-0143 or 617-555-0134");
        assertThat(NormalizedText.of("A1C, CO2, O2, I'll call at 10").text()).isEqualTo("A1C, CO2, O2, I'll call at 10");
    }

    @Test
    void aCompatibilityFormThatExpandsMapsEveryCharacterBackToIt() {
        String typed = "take 5\u338E daily";
        NormalizedText normalized = NormalizedText.of(typed);
        assertThat(normalized.text()).isEqualTo("take 5mg daily");
        PhiFinding finding = original(normalized, 6, 7);
        assertThat(typed.substring(finding.start(), finding.end())).isEqualTo("\u338E");
    }

    @Test
    void digitsOfOtherScriptsAreReadAsDigits() {
        assertThat(NormalizedText.of("\u0661\u0662\u0663 \uD835\uDFD4").text()).isEqualTo("123 6");
    }

    private static PhiFinding original(NormalizedText normalized, int start, int end) {
        return normalized.toOriginal(PhiFinding.of(PhiType.PHONE, start, end));
    }
}
