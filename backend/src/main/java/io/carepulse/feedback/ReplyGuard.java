package io.carepulse.feedback;

import io.carepulse.phi.AllowList;
import io.carepulse.phi.PhiFinding;
import io.carepulse.phi.PhiScanner;
import io.carepulse.phi.PhiType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Screens a staff reply before it is sent. Every reply is scanned for PHI (the organisation's own
 * contact details and clinicians on its allow-list excepted); a reply to a public thread is also
 * checked for wording that confirms a care relationship — "your appointment", "your test results",
 * "when you were admitted", "your doctor", or the patient's own name beside clinical words — since
 * answering a review with "we're sorry your surgery ran late" tells the world the reviewer is a
 * patient (providers have been fined for exactly that).
 */
@Component
class ReplyGuard {

    enum Code { PHI_SUSPECTED, PATIENT_RELATIONSHIP_DISCLOSED }

    record Finding(Code code, PhiType phiType, int start, int end, String message) {
    }

    private static final String CARE_THINGS = "appointments?|appt|visits?|stay|admission|surgery|surgeries|procedures?"
            + "|operation|test\\s+results?|results|labs?(?:\\s+(?:results?|work))?|blood\\s+work|scans?|x-?rays?|mri"
            + "|ct\\s+scan|biopsy|diagnosis|prescriptions?|medications?|meds|treatment|therapy|care\\s+plan|chart"
            + "|medical\\s+records?|records|bill|invoice|statement|claim|doctor|physician|surgeon|nurse|care\\s+team"
            + "|therapist|provider|specialist|referral|follow-?up|discharge|delivery|birth|recovery|condition"
            + "|infusion|chemo(?:therapy)?|dialysis|exam|check-?up|physical|vaccination|vaccine|shot"
            + "|cita|resultados|m[ée]dico|doctora?|cirug[íi]a|receta";
    private static final String WHO = "(?:your|su|sus|tu|tus)(?:\\s+(?:son|daughter|child|baby|husband|wife|partner|mother|mom"
            + "|father|dad|kid|family\\s+member)(?:'s|s')?)?";
    private static final List<Pattern> RELATIONSHIP = List.of(
            // your appointment, your son's test results, your recent surgery, su cita
            Pattern.compile("(?iu)\\b" + WHO + "\\s+(?:(?:recent|last|upcoming|next|scheduled|latest|new|"
                    + "first|second|previous|missed|cancel(?:l)?ed|own)\\s+){0,2}(?:" + CARE_THINGS + ")\\b"),
            // when you were admitted, while you were in the ER, you were seen by
            Pattern.compile("(?iu)\\b(?:when|while|after|since|before)\\s+you\\s+(?:were|came|visited|stayed|had)\\b"
                    + "[^.!?]{0,40}?\\b(?:admitted|seen|treated|discharged|hospital|er|icu|clinic|here|in\\s+for"
                    + "|surgery|procedure|appointment|us)\\b"),
            Pattern.compile("(?iu)\\byou\\s+were\\s+(?:seen|treated|admitted|discharged|examined|diagnosed|operated)\\b"),
            // as our patient, one of our patients, we treated you, we saw you on
            Pattern.compile("(?iu)\\b(?:as\\s+(?:our|a)\\s+patient|one\\s+of\\s+our\\s+patients|you(?:'re|\\s+are)\\s+our"
                    + "\\s+patient|a\\s+patient\\s+of\\s+ours)\\b(?!\\s+(?:relations|experience|portal|advocate|services"
                    + "|line|navigator))"),
            Pattern.compile("(?iu)\\bwe\\s+(?:treated|saw|examined|admitted|discharged|operated\\s+on|reviewed\\s+your"
                    + "|looked\\s+(?:at|into)\\s+your)\\b"),
            Pattern.compile("(?iu)\\b(?:during|throughout)\\s+your\\s+(?:time|stay|visit|treatment|care)\\b"));

    private final PhiScanner scanner;

    ReplyGuard(PhiScanner scanner) {
        this.scanner = scanner;
    }

    /**
     * The findings of a reply to a thread of {@code visibility} written by {@code authorName}
     * (whose name beside clinical words, in a public reply, says they are a patient).
     */
    List<Finding> screen(String text, FeedbackThread.Visibility visibility, String authorName, List<String> allowList) {
        List<Finding> findings = new ArrayList<>();
        for (PhiFinding phi : AllowList.without(text, scanner.scan(text), allowList)) {
            findings.add(new Finding(Code.PHI_SUSPECTED, phi.type(), phi.start(), phi.end(), "Possible "
                    + words(phi.type()) + " (characters " + (phi.start() + 1) + "–" + phi.end()
                    + "): leave personal details out of a reply"));
        }
        if (visibility == FeedbackThread.Visibility.PUBLIC) {
            for (Pattern pattern : RELATIONSHIP) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    findings.add(relationship(matcher.start(), matcher.end(), "“" + matcher.group()
                            + "” (characters " + (matcher.start() + 1) + "–" + matcher.end()
                            + ") tells everyone this person is a patient: answer without it"));
                }
            }
            nameBesideCare(text, authorName, findings);
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return dropOverlaps(findings);
    }

    /** "Maria, we hope the new medication helps": the reader's own name in a reply about care. */
    private void nameBesideCare(String text, String authorName, List<Finding> findings) {
        if (authorName == null || authorName.isBlank() || !scanner.mentionsHealth(text)) {
            return;
        }
        for (String part : authorName.strip().split("\\s+")) {
            if (part.length() < 2) {
                continue;
            }
            Matcher name = Pattern.compile("(?iu)\\b" + Pattern.quote(part) + "\\b").matcher(text);
            if (name.find()) {
                findings.add(relationship(name.start(), name.end(), "Naming “" + name.group() + "” (characters "
                        + (name.start() + 1) + "–" + name.end() + ") in a reply about care tells everyone they are a "
                        + "patient"));
            }
        }
    }

    private static Finding relationship(int start, int end, String message) {
        return new Finding(Code.PATIENT_RELATIONSHIP_DISCLOSED, null, start, end, message);
    }

    private static List<Finding> dropOverlaps(List<Finding> sorted) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : sorted) {
            if (kept.isEmpty() || kept.getLast().end() <= finding.start()) {
                kept.add(finding);
            }
        }
        return kept;
    }

    private static String words(PhiType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
