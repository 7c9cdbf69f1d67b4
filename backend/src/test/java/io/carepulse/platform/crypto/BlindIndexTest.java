package io.carepulse.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private static final LocalDate BORN = LocalDate.of(1961, 4, 12);
    private final BlindIndex index = new BlindIndex(new byte[BlindIndex.KEY_BYTES]);

    @Test
    void aNameTypedDifferentlyFindsTheSamePerson() {
        assertThat(BlindIndex.normalisedName("  José   O'Neil-Smith ")).isEqualTo("jose oneilsmith");
        assertThat(BlindIndex.normalisedName("Søren Łukasz Strauß")).isEqualTo("soren lukasz strauss");
        assertThat(index.of("riverside-health", "José O'Neil-Smith", BORN))
                .isEqualTo(index.of("riverside-health", "jose  oneilsmith", BORN))
                .isEqualTo(index.of("riverside-health", "ＪＯＳＥ ONEILSMITH", BORN))
                .hasSize(64);
    }

    @Test
    void anotherBirthDateOrganisationOrKeyGivesAnUnrelatedEntry() {
        String entry = index.of("riverside-health", "Maria Lopez", BORN);
        assertThat(index.of("riverside-health", "Maria Lopez", BORN.plusDays(1))).isNotEqualTo(entry);
        assertThat(index.of("lakeside-clinic", "Maria Lopez", BORN)).isNotEqualTo(entry);
        byte[] other = new byte[BlindIndex.KEY_BYTES];
        other[0] = 1;
        assertThat(new BlindIndex(other).of("riverside-health", "Maria Lopez", BORN)).isNotEqualTo(entry);
        assertThat(entry).doesNotContainIgnoringCase("maria").doesNotContain("1961");
    }
}
