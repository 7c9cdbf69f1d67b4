package io.carepulse.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanner's behaviours one by one; the corpus test measures them together. */
class PhiScannerTest {

    private final PhiScanner scanner = new PhiScanner(2025);

    @Test
    void fullWidthDigitsAndZeroWidthCharactersDoNotHideAPhoneNumber() {
        assertThat(flagged("Call me on ６１７−５５５−０１３４ tonight")).containsExactly("PHONE ６１７−５５５−０１３４");
        assertThat(flagged("Call me on 617\u200B555\u200D0134 tonight")).containsExactly("PHONE 617\u200B555\u200D0134");
        assertThat(flagged("my SSN is 123\u2060-45-6789")).containsExactly("SSN 123\u2060-45-6789");
        assertThat(flagged("write to ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｏｒｇ")).containsExactly("EMAIL ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｏｒｇ");
    }

    @Test
    void lookAlikeLettersDoNotHideAnEmailOrAName() {
        assertThat(flagged("email jane.d\u043Ee@ex\u0430mple.org please")).containsExactly("EMAIL jane.d\u043Ee@ex\u0430mple.org");
        assertThat(flagged("M\u0430ria G\u043Enzalez has leukemia"))
                .containsExactly("PERSON_NAME M\u0430ria G\u043Enzalez");
    }

    @Test
    void findingsPointIntoTheTextAsTyped() {
        String typed = "Zo\u00EB \u200BRen\u00E9e Dub\u043Eis \u2014 DOB ０４/１２/１９６１ \uD83D\uDE00, had chemo; call 555\u00AD-0134";
        List<PhiFinding> findings = scanner.scan(typed);
        assertThat(findings).extracting(f -> typed.substring(f.start(), f.end()))
                .containsExactly("Zo\u00EB \u200BRen\u00E9e Dub\u043Eis", "０４/１２/１９６１", "555\u00AD-0134");
    }

    @Test
    void namesAreFoundInAnyCaseAndWithAccentsNextToClinicalWords() {
        assertThat(flagged("my neighbor john smith started chemo")).containsExactly("PERSON_NAME john smith");
        assertThat(flagged("MY DAD ROBERT MILLER HAS COLON CANCER")).containsExactly("PERSON_NAME ROBERT MILLER");
        assertThat(flagged("José Núñez started dialysis")).containsExactly("PERSON_NAME José Núñez");
        assertThat(flagged("Is Zoë Thompson still on metformin?")).containsExactly("PERSON_NAME Zoë Thompson");
        assertThat(flagged("Renée Dubois had a mastectomy.")).containsExactly("PERSON_NAME Renée Dubois");
        assertThat(flagged("can peter van der berg get a hip replacement?"))
                .containsExactly("PERSON_NAME peter van der berg");
        assertThat(flagged("Hi, I'm Siobhán Murphy. My hepatitis C treatment starts soon."))
                .containsExactly("PERSON_NAME Siobhán Murphy");
    }

    @Test
    void aNameWithoutClinicalWordsOrAClinicalWordWithoutANameIsNotPhi() {
        assertThat(scanner.scan("Thanks John Smith for organising the 5k walk!")).isEmpty();
        assertThat(scanner.scan("Is metformin or insulin better for type 2 diabetes?")).isEmpty();
        assertThat(scanner.scan("Can warfarin interact with my statins? My INR was 2.8.")).isEmpty();
        assertThat(scanner.scan("will chemo make my hair fall out?")).isEmpty();
        assertThat(scanner.scan("Does Blue Cross cover Ozempic and Lipitor?")).isEmpty();
    }

    /**
     * Safe Harbor's "names" are not only full names: "my friend Chris is starting chemo" tells
     * everyone who knows Chris about his health, so a name the writer introduces counts alone.
     */
    @Test
    void aFirstNameTheWriterIntroducesCountsAlone() {
        assertThat(flagged("My friend Chris is starting chemo next week.")).containsExactly("PERSON_NAME Chris");
        assertThat(flagged("my late husband, Abdul-Rahman, died of a heart attack"))
                .containsExactly("PERSON_NAME Abdul-Rahman");
        assertThat(flagged("will my son Will need surgery?")).containsExactly("PERSON_NAME Will");
        assertThat(flagged("MY SON DEVONTE HAS ADHD")).containsExactly("PERSON_NAME DEVONTE");
        assertThat(flagged("is it ok that grandma ruth still takes warfarin")).containsExactly("PERSON_NAME ruth");
        assertThat(flagged("Hi I'm Ngozi, just diagnosed with lupus")).containsExactly("PERSON_NAME Ngozi");
        assertThat(flagged("Mrs. Van der Berg next door has bedsores")).containsExactly("PERSON_NAME Van der Berg");
        assertThat(flagged("May (my mom) had her hip replaced")).containsExactly("PERSON_NAME May");
        assertThat(scanner.scan("my husband snores, could that be sleep apnea?")).isEmpty();
        assertThat(scanner.scan("Dr. Patel, my mother has Alzheimer's")).isEmpty();
        assertThat(scanner.scan("Thanks, my mom loved the talk on heart health")).isEmpty();
    }

    @Test
    void placesAndConditionsNamedAfterPeopleAreNotPeople() {
        assertThat(scanner.scan("The Ronald McDonald House helps families of kids with cancer")).isEmpty();
        assertThat(scanner.scan("Lou Gehrig's disease = ALS, right?")).isEmpty();
        assertThat(scanner.scan("is tommy john surgery only for pitchers?")).isEmpty();
    }

    @Test
    void agesOverEightyNineAreIdentifiersButYoungerOnesAreNot() {
        assertThat(flagged("I'm 92 and need a colonoscopy")).containsExactly("AGE 92");
        assertThat(flagged("my 94-year-old mother fell")).containsExactly("AGE 94");
        assertThat(flagged("my grandfather, aged 91, is confused")).containsExactly("AGE 91");
        assertThat(flagged("Patient age: 97")).containsExactly("AGE 97");
        assertThat(flagged("a 103 year old great-grandma")).containsExactly("AGE 103");
        assertThat(flagged("Margaret is 94 and has pneumonia")).containsExactly("AGE 94");
        assertThat(flagged("We're planning her 100th birthday")).containsExactly("AGE 100");
        assertThat(flagged("I was born in 1929, do I need a tetanus shot?")).containsExactly("AGE 1929");
        assertThat(scanner.scan("I'm 89 and my husband is 45")).isEmpty();
        assertThat(scanner.scan("my 72-year-old father, aged 72")).isEmpty();
        assertThat(scanner.scan("I was born in 1958, which shingles vaccine should I get?")).isEmpty();
    }

    @Test
    void numbersThatAreNotAgesAreLeftAlone() {
        assertThat(scanner.scan("We had 92 patients in room 95 in 1998.")).isEmpty();
        assertThat(scanner.scan("My blood sugar was 95 and my heart rate is 92.")).isEmpty();
        assertThat(scanner.scan("I'm 100% sure, I'm 90 days sober and I take 90 units.")).isEmpty();
        assertThat(scanner.scan("Should people over age 90 or 90-year-olds take aspirin?")).isEmpty();
        assertThat(scanner.scan("Flu shots for adults aged 90 and older.")).isEmpty();
    }

    @Test
    void vehicleIdentifiersAreVinsAndLabelledPlates() {
        assertThat(flagged("is my car 2FMDK48C15BB19730 still there?")).containsExactly("VEHICLE_IDENTIFIER 2FMDK48C15BB19730");
        assertThat(flagged("my VIN: 3VWDX7AJ2BM339204")).containsExactly("VEHICLE_IDENTIFIER 3VWDX7AJ2BM339204");
        assertThat(flagged("license plate ABC-1234")).containsExactly("VEHICLE_IDENTIFIER ABC-1234");
        assertThat(flagged("someone hit me, plate 7abc123, in the garage")).containsExactly("VEHICLE_IDENTIFIER 7abc123");
        assertThat(scanner.scan("order 3VWDX7AJ2BM339204 shipped")).isEmpty(); // no check digit, no vehicle
        assertThat(scanner.scan("I have a metal plate in my ankle, 12 mm long")).isEmpty();
        assertThat(VehicleIdentifierDetector.checkDigitHolds("1M8GDM9AXKP042788")).isTrue();
    }

    @Test
    void deviceIdentifiersAreLabelledSerialsUdisAndMacAddresses() {
        assertThat(flagged("My pacemaker serial PM-4472-XZ was recalled")).containsExactly("DEVICE_IDENTIFIER PM-4472-XZ");
        assertThat(flagged("device ID 00A1B2C3 on my pump")).containsExactly("DEVICE_IDENTIFIER 00A1B2C3");
        assertThat(flagged("serial no. 123456789.")).containsExactly("DEVICE_IDENTIFIER 123456789");
        assertThat(flagged("UDI (01)00844588003288")).containsExactly("DEVICE_IDENTIFIER (01)00844588003288");
        assertThat(flagged("the S/N on my glucose monitor is G7-88213-A")).containsExactly("DEVICE_IDENTIFIER G7-88213-A");
        assertThat(scanner.scan("Where is the serial number on my CPAP? Is a serial troponin test needed?")).isEmpty();
    }

    @Test
    void newTypesCarryTheirSeverity() {
        assertThat(PhiType.AGE.severity()).isEqualTo(PhiType.Severity.LOW);
        assertThat(PhiType.VEHICLE_IDENTIFIER.severity()).isEqualTo(PhiType.Severity.MEDIUM);
        assertThat(PhiType.DEVICE_IDENTIFIER.severity()).isEqualTo(PhiType.Severity.HIGH);
    }

    /**
     * A public participant or a 20,000-character body may hold thousands of dots: an unbounded
     * repeated group in a pattern recursed once per repetition and overflowed the stack.
     */
    @Test
    void longRunsOfDomainLabelsOrDottedNumbersDoNotOverflowTheStack() {
        assertThat(flagged("1.2.3.4.".repeat(2_000))).isEmpty();
        assertThat(flagged("a.".repeat(5_000) + " and my blog is lupuslife.example.com/me"))
                .containsExactly("URL lupuslife.example.com/me");
        assertThat(flagged("x@" + "a.".repeat(5_000) + "com")).isEmpty();
    }

    @Test
    void identifiersWrittenTheWayPatientsWriteThemInOtherLanguagesAndFormats() {
        assertThat(flagged("Mi abuela tiene 97 años y se cayó")).containsExactly("AGE 97");
        assertThat(flagged("Hace 95 años se fundó el hospital")).isEmpty();
        assertThat(flagged("Meu prontuário é 845512")).containsExactly("MEDICAL_RECORD_NUMBER 845512");
        assertThat(flagged("call me on five five five, one two one, two three four five"))
                .containsExactly("PHONE five five five, one two one, two three four five");
        assertThat(flagged("refund my card 4111-1111-1111-1111 please")).containsExactly("ACCOUNT_NUMBER 4111-1111-1111-1111");
        assertThat(flagged("refund my card 4111-1111-1111-1112 please")).as("fails the Luhn check").isEmpty();
        assertThat(flagged("fax the surgery report for my father to 212-555-0187"))
                .containsExactly("FAX 212-555-0187");
    }

    /** Each finding as its type and the text it covers. */
    private List<String> flagged(String text) {
        return scanner.scan(text).stream().map(f -> f.type() + " " + text.substring(f.start(), f.end())).toList();
    }
}
