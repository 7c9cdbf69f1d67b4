package io.carepulse.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeTaxonomyTest {

    private static Set<String> themesOf(ThemeTaxonomy taxonomy, String text) {
        return taxonomy.themesOf(MessageTerms.terms(text, List.of()));
    }

    @Test
    void theDefaultsAreTheElevenClinicalServiceThemes() {
        assertThat(ThemeTaxonomy.defaults().themes()).extracting(Theme::key).containsExactly("WAIT_TIMES",
                "APPOINTMENTS_AND_BOOKING", "BILLING_AND_INSURANCE", "PARKING_AND_ACCESS", "STAFF_COURTESY",
                "COMMUNICATION", "CLEANLINESS", "PAIN_MANAGEMENT", "VACCINES", "TELEHEALTH", "PRESCRIPTIONS");
        assertThat(ThemeTaxonomy.validate(ThemeTaxonomy.defaultThemes())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I waited two hours past my appointment time       | WAIT_TIMES
            We sat in the waiting room forever                | WAIT_TIMES
            The doctor was running late again                 | WAIT_TIMES
            I could not book online so I called to reschedule | APPOINTMENTS_AND_BOOKING
            They cancelled my appointment the day before      | APPOINTMENTS_AND_BOOKING
            I paid my bill                                    | BILLING_AND_INSURANCE
            My insurance claim was denied                     | BILLING_AND_INSURANCE
            They charged me a copay twice                     | BILLING_AND_INSURANCE
            the parking garage was full                       | PARKING_AND_ACCESS
            There is no ramp for wheelchairs at the entrance  | PARKING_AND_ACCESS
            The receptionist was rude to my mother            | STAFF_COURTESY
            Such a courteous and respectful nurse             | STAFF_COURTESY
            Nobody returned my call and I was on hold forever | COMMUNICATION
            The doctor never explained my test results        | COMMUNICATION
            The bathroom was filthy                           | CLEANLINESS
            Spotless rooms and clean sheets                   | CLEANLINESS
            My pain was not managed after surgery             | PAIN_MANAGEMENT
            They gave me ibuprofen for the aching             | PAIN_MANAGEMENT
            Got my flu shot in five minutes                   | VACCINES
            Is the booster vaccination free for children      | VACCINES
            The video visit kept dropping                     | TELEHEALTH
            My telehealth appointment link never arrived      | TELEHEALTH
            My prescription refill was sent to the wrong pharmacy | PRESCRIPTIONS
            The pharmacist explained the dosage               | PRESCRIPTIONS
            """)
    void aMessageTouchesTheThemeItsCuesName(String text, String theme) {
        assertThat(themesOf(ThemeTaxonomy.defaults(), text)).contains(theme);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I booked my appointment online               | WAIT_TIMES
            Can I walk in the garden after surgery       | APPOINTMENTS_AND_BOOKING
            The nurse was friendly                       | BILLING_AND_INSURANCE
            Please sign the consent form                 | PARKING_AND_ACCESS
            What kind of insurance do you take           | STAFF_COURTESY
            Our community clinic opened                  | COMMUNICATION
            I had a stomach bug and an information sheet | CLEANLINESS
            I paid my bill                               | PAIN_MANAGEMENT
            I have flu symptoms                          | VACCINES
            I need a cancer screening                    | TELEHEALTH
            Please send my medical records               | PRESCRIPTIONS
            """)
    void aWordWithAnotherSenseDoesNotPlaceAMessageInATheme(String text, String theme) {
        assertThat(themesOf(ThemeTaxonomy.defaults(), text)).doesNotContain(theme);
    }

    @Test
    void aMessageCanTouchSeveralThemesAndNone() {
        assertThat(themesOf(ThemeTaxonomy.defaults(), "Waited an hour then got billed for the parking"))
                .containsExactly("WAIT_TIMES", "BILLING_AND_INSURANCE", "PARKING_AND_ACCESS");
        assertThat(themesOf(ThemeTaxonomy.defaults(), "Hello there")).isEmpty();
    }

    @Test
    void aMultiWordCueNeedsAllItsWordPairs() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.of(List.of(new Theme("LAB", "Lab", List.of("blood test results"))), Set.of());
        assertThat(themesOf(taxonomy, "my blood test results are late")).contains("LAB");
        assertThat(themesOf(taxonomy, "a blood test, and results")).doesNotContain("LAB");
    }

    @Test
    void anOrganisationsThemesReplaceAddToAndRemoveDefaults() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.of(List.of(
                new Theme("PARKING_AND_ACCESS", "Getting here", List.of("shuttle bus")),
                new Theme("LAB_SERVICES", "Lab services", List.of("blood draw", "phlebotomy"))), Set.of("VACCINES"));
        assertThat(taxonomy.themes()).extracting(Theme::key).doesNotContain("VACCINES")
                .endsWith("PRESCRIPTIONS", "LAB_SERVICES");
        assertThat(taxonomy.theme("PARKING_AND_ACCESS")).get().extracting(Theme::label).isEqualTo("Getting here");
        assertThat(themesOf(taxonomy, "The phlebotomy team was gentle")).containsExactly("STAFF_COURTESY", "LAB_SERVICES");
        assertThat(themesOf(taxonomy, "The parking lot was full")).doesNotContain("PARKING_AND_ACCESS");
        assertThat(themesOf(taxonomy, "I waited for the shuttle bus")).contains("PARKING_AND_ACCESS");
        assertThat(themesOf(taxonomy, "My flu shot")).doesNotContain("VACCINES");
    }

    @Test
    void aValidCustomThemeHasNoProblems() {
        assertThat(new Theme("LAB_SERVICES", "Lab services", List.of("blood draw")).problems()).isEmpty();
    }

    @Test
    void aCustomThemeProblemNamesItsField() {
        List<Theme> themes = List.of(
                new Theme("LAB", "", List.of("blood draw")),
                new Theme("LAB2", "x".repeat(61), List.of()),
                new Theme("LAB3", "Lab", List.of("blood draw", "", "y".repeat(61), "the and of", "24/7")),
                new Theme("lab", "Lab", Collections.nCopies(51, "blood")),
                new Theme("LAB", "Lab", List.of("phlebotomy")));
        assertThat(ThemeTaxonomy.validate(themes)).extracting(ThemeProblem::field).containsExactly(
                List.of("themes", "0", "label"),
                List.of("themes", "1", "label"),
                List.of("themes", "1", "cues"),
                List.of("themes", "2", "cues", "1"),
                List.of("themes", "2", "cues", "2"),
                List.of("themes", "2", "cues", "3"),
                List.of("themes", "2", "cues", "4"),
                List.of("themes", "3", "key"),
                List.of("themes", "3", "cues"),
                List.of("themes", "4", "key"));
    }

    @Test
    void limitsAreInclusive() {
        List<String> fiftyCues = IntStream.range(0, Theme.MAX_CUES).mapToObj(i -> "cue" + (char) ('a' + i % 26)).toList();
        assertThat(new Theme("A", "x".repeat(60), fiftyCues).problems()).isEmpty();
        assertThat(new Theme("A", "Lab", List.of("z".repeat(60))).problems()).isEmpty();
        assertThat(new Theme("A", "Lab", null).problems()).extracting(ThemeProblem::field).containsExactly(List.of("cues"));
    }

    @Test
    void anInvalidTaxonomyIsRefused() {
        assertThatThrownBy(() -> ThemeTaxonomy.of(List.of(new Theme("A", "", List.of("x y"))), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
    }

    @Test
    void aTermHoldingACueIsCoveredByTheTaxonomy() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.defaults();
        assertThat(taxonomy.covers("shot")).isTrue();
        assertThat(taxonomy.covers("flu shot")).isTrue();
        assertThat(taxonomy.covers("wait room")).isTrue();
        assertThat(taxonomy.covers("lab closur")).isFalse();
    }
}
