package io.carepulse.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.phi.PhiFinding;
import io.carepulse.phi.PhiScanner;
import io.carepulse.phi.PhiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageTermsTest {

    private static final PhiScanner SCANNER = new PhiScanner();

    @Test
    void aPhiSpanFoundByTheScannerNeverYieldsATerm() {
        String text = "My name is John Carter and my MRN 12345678 was on the bill";
        Set<String> terms = MessageTerms.terms(text, SCANNER.scan(text));
        assertThat(terms).contains("bill").noneMatch(term -> term.contains("john") || term.contains("carter"));
    }

    @Test
    void aNameAndAPhoneNumberBlankedAsPhiLeaveOnlyTheTopic() {
        String text = "Dr. Sarah Miller called me at 555-123-4567 about billing";
        // The scanner finds the phone number; a staff name next to no clinical word is not PHI to it,
        // so the name's span is given here as a detector that flags it would give it.
        List<PhiFinding> phi = new ArrayList<>(SCANNER.scan(text));
        phi.add(new PhiFinding(PhiType.PERSON_NAME, PhiType.PERSON_NAME.severity(), 4, 16));
        AnalysedMessage message = MessageTerms.analyse(text, phi);
        assertThat(message.terms()).contains("bill", "call")
                .noneMatch(term -> term.contains("sarah") || term.contains("miller") || term.contains("555"));
        assertThat(message.surfaces().values()).noneMatch(surface -> surface.contains("sarah") || surface.contains("555"));
        // No phrase bridges the blanked number: "called … about billing" is not a bigram.
        assertThat(message.terms()).doesNotContain("call bill");
    }

    @Test
    void stemmingGroupsTheVariantsOfAWord() {
        assertThat(MessageTerms.terms("waiting", List.of())).isEqualTo(MessageTerms.terms("waited", List.of()))
                .isEqualTo(MessageTerms.terms("waits", List.of())).containsExactly("wait");
        assertThat(MessageTerms.terms("vaccines vaccination vaccinated", List.of())).contains("vaccin")
                .doesNotContain("vaccines", "vaccination");
        assertThat(MessageTerms.terms("billing", List.of())).containsExactly("bill");
    }

    @Test
    void wordsPorterWouldMergeWithAnotherMeaningStayApart() {
        assertThat(MessageTerms.terms("community", List.of())).doesNotContainAnyElementsOf(
                MessageTerms.terms("communication", List.of()));
        assertThat(MessageTerms.terms("medical records", List.of())).doesNotContainAnyElementsOf(
                MessageTerms.terms("medication", List.of()));
        assertThat(MessageTerms.terms("what kind of", List.of())).doesNotContainAnyElementsOf(
                MessageTerms.terms("kindness", List.of()));
    }

    @Test
    void stopWordsNumbersAndOneLetterTokensAreNotTerms() {
        assertThat(MessageTerms.terms("I was there for 3 hours and my x ray was fine", List.of()))
                .doesNotContain("i", "was", "there", "my", "3", "x").contains("hour", "rai", "fine");
    }

    @Test
    void bigramsSkipStopWordsButNeverCrossAClause() {
        Set<String> terms = MessageTerms.terms("They lost my referral. Waiting room was full, parking too", List.of());
        assertThat(terms).contains("lost referr", "wait room", "lost", "referr")
                .doesNotContain("referr wait", "full park");
        assertThat(MessageTerms.terms("sat in the waiting room", List.of())).contains("sat wait", "wait room");
        // More than two removed words between: not a phrase.
        assertThat(MessageTerms.terms("waited for all of the hours", List.of())).doesNotContain("wait hour");
    }

    @Test
    void aTermCountsOnceAndKeepsItsFirstSurfaceForm() {
        AnalysedMessage message = MessageTerms.analyse("Waiting, waited, WAIT. The wait times!", List.of());
        assertThat(message.terms()).containsExactlyInAnyOrder("wait", "wait time", "time");
        assertThat(message.surfaces()).containsEntry("wait", "waiting").containsEntry("wait time", "wait times");
    }

    @Test
    void typographicApostrophesReadAsStraightOnes() {
        assertThat(MessageTerms.terms("the doctor\u2019s office", List.of()))
                .isEqualTo(MessageTerms.terms("the doctor's office", List.of()));
    }

    @Test
    void nothingCountableGivesNoTerms() {
        assertThat(MessageTerms.terms("", List.of())).isEmpty();
        assertThat(MessageTerms.terms(null, List.of())).isEmpty();
        assertThat(MessageTerms.terms("it was 24/7 and so on", List.of())).isEmpty();
    }

    @Test
    void displayFormsShowTheMostFrequentSurfaceForm() {
        DisplayForms forms = new DisplayForms()
                .add(MessageTerms.analyse("long wait times", List.of()))
                .add(MessageTerms.analyse("the wait times again", List.of()))
                .add(MessageTerms.analyse("waiting time was bad", List.of()));
        assertThat(forms.displayOf("wait time")).isEqualTo("wait times");
        assertThat(forms.displayOf("unseen term")).isEqualTo("unseen term");

        DisplayForms otherDay = new DisplayForms().add("wait time", "waiting time", 5);
        assertThat(forms.merge(otherDay).displayOf("wait time")).isEqualTo("waiting time");
        assertThat(forms.counts().get("wait time")).containsEntry("waiting time", 6).containsEntry("wait times", 2);
    }

    @Test
    void displayFormsBreakTiesByTheShorterThenAlphabeticalForm() {
        DisplayForms forms = new DisplayForms().add("bill", "billing", 2).add("bill", "bills", 2).add("bill", "billed", 2);
        assertThat(forms.displayOf("bill")).isEqualTo("bills");
    }
}
