package io.carepulse.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisation's own numbers, domains and clinicians are not findings in its posts; others still are. */
class AllowListTest {

    private final PhiScanner scanner = new PhiScanner();

    @Test
    void theClinicsOwnPhoneNumberWrittenAnotherWayIsAllowedAndAPatientsIsNot() {
        String text = "Book your flu shot: call 951-555-0100. Questions about results? Call 951-555-0199.";
        List<PhiFinding> found = scanner.scan(text);
        assertThat(found).extracting(PhiFinding::type).containsExactly(PhiType.PHONE, PhiType.PHONE);

        List<PhiFinding> left = AllowList.without(text, found, List.of("(951) 555-0100"));
        assertThat(left).singleElement().satisfies(f -> assertThat(text.substring(f.start(), f.end()))
                .contains("0199"));
    }

    @Test
    void aShortEntryAllowsNothing() {
        String text = "Call 951-555-0100.";
        assertThat(AllowList.without(text, scanner.scan(text), List.of("951"))).hasSize(1);
    }
}
