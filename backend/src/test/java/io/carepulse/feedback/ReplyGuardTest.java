package io.carepulse.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.phi.PhiScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The reply guard on a corpus of invented replies: every expected code found, nothing on the safe ones. */
class ReplyGuardTest {

    private static final List<String> ALLOW_LIST = List.of("(951) 555-0100", "riversidehealth.org");

    private final ReplyGuard guard = new ReplyGuard(new PhiScanner());

    @Test
    void findsEveryDisclosureInTheCorpusAndNothingInTheSafeReplies() throws IOException {
        String corpus = new ClassPathResource("feedback/reply-guard.tsv").getContentAsString(StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        int lines = 0;
        for (String line : corpus.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            lines++;
            String[] parts = line.split("\t", 3);
            Set<ReplyGuard.Code> expected = parts[0].equals("NONE") ? EnumSet.noneOf(ReplyGuard.Code.class)
                    : Arrays.stream(parts[0].split(",")).map(ReplyGuard.Code::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReplyGuard.Code.class)));
            Set<ReplyGuard.Code> found = guard.screen(parts[2], FeedbackThread.Visibility.valueOf(parts[1]),
                    "Dana Whitaker", ALLOW_LIST).stream().map(ReplyGuard.Finding::code)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReplyGuard.Code.class)));
            if (!found.equals(expected)) {
                wrong.add(expected + " expected, " + found + " found: " + parts[2]);
            }
        }
        assertThat(lines).isGreaterThanOrEqualTo(35);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFindingNamesItsSpanAndAPrivateReplyIsScreenedForPhiOnly() {
        String text = "Sorry, your test results are ready.";
        assertThat(guard.screen(text, FeedbackThread.Visibility.PUBLIC, null, List.of())).singleElement()
                .satisfies(finding -> {
                    assertThat(text.substring(finding.start(), finding.end())).isEqualTo("your test results");
                    assertThat(finding.message()).contains("(characters 8–24)");
                });
        assertThat(guard.screen(text, FeedbackThread.Visibility.PRIVATE, null, List.of())).isEmpty();
    }
}
