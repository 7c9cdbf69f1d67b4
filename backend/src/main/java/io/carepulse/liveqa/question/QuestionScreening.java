package io.carepulse.liveqa.question;

import io.carepulse.liveqa.QuestionFlag;

import io.carepulse.phi.PhiFinding;
import io.carepulse.phi.PhiScanner;
import java.util.ArrayList;
import java.util.List;

/** The flags a question's text earns: suspected PHI (with findings) and, when enabled, profanity. */
public record QuestionScreening(List<QuestionFlag> flags, List<PhiFinding> phiFindings) {

    public static QuestionScreening of(PhiScanner scanner, String text, boolean profanityFilter) {
        List<PhiFinding> findings = scanner.scan(text);
        List<QuestionFlag> flags = new ArrayList<>();
        if (!findings.isEmpty()) {
            flags.add(QuestionFlag.PHI_SUSPECTED);
        }
        if (profanityFilter && ProfanityFilter.matches(text)) {
            flags.add(QuestionFlag.PROFANITY);
        }
        return new QuestionScreening(List.copyOf(flags), findings);
    }
}
