package io.carepulse.phi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social security numbers, and the record, plan, account and licence numbers that text names
 * as such ("MRN 448812", "member ID: XJH123456789"). A bare number is not flagged: without its
 * label it is as likely a dose or a count.
 */
final class NumberedIdentifierDetector implements Detector {

    private static final String LABEL_TAIL = "(?:\\s*(?:number|num|no\\.?|n[°º]|#|id))?\\s*(?:is|was|es|é|est|:|#|-)?\\s*";
    /**
     * The code: letters and digits ("XJH123456789", "A-77310-4"), an upper-case prefix apart from
     * its digits ("UHC 9918273645", "RN 873210", "MD.48213"), or groups of digits ("733 0219",
     * "0042 118 790", "U77812340 01"); at least four digits in all.
     */
    private static final String CODE = "((?:(?-i:[A-Z]{1,4})[ .]|[A-Z]{0,4}-?)\\d[A-Z0-9-]{2,}\\d(?: \\d{2,}){0,2}"
            + "|(?-i:[A-Z]{1,4}) \\d{2,}(?: \\d{2,}){1,3}"
            + "|\\d{1,}(?: \\d{2,}){1,3}(?![\\d/])|\\d{4,})";
    /**
     * A payment card number: 13 to 19 digits (in groups or not) whose Luhn check digit holds, so a
     * card quoted in a complaint about a charge counts without a label.
     */
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])[2-6]\\d{3}(?:[ -]?\\d{4}){2}[ -]?\\d{1,7}(?![\\d-])");
    /** "my driver's license ..., it's D123-4567-8901": a licence code a few words after its label. */
    private static final Pattern LICENSE_FAR = Pattern.compile("(?i)\\b(?:driver'?s\\s+licen[cs]e|licen[cs]e)\\b"
            + "[^.!?\\n\\d]{0,60}?\\b(?:it's|it\\s+is|is|number)\\s*:?\\s*((?-i:[A-Z]{1,3})\\d[\\d-]{5,}\\d)(?![\\w-])");

    private static final Pattern SSN = Pattern.compile(
            "(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}([- ])(?!00)\\d{2}\\1(?!0000)\\d{4}(?![\\d-])");
    private static final Pattern SSN_LABELLED = Pattern.compile(
            "(?i)\\b(?:ssn|social security(?: number| no\\.?| #)?)\\s*(?:is|:|#)?\\s*(\\d{9}|\\d{3}[- ]\\d{2}[- ]\\d{4})\\b");

    private static final List<Labelled> LABELLED = List.of(
            new Labelled(PhiType.MEDICAL_RECORD_NUMBER,
                    "\\b(?:mrn|mr(?=\\s*#)|medical record|chart|patient id|pt\\.? id|patient (?=number|no|#)"
                            + "|hospital (?=id|number|no|#)|historia cl[ií]nica|prontu[aá]rio|expediente"
                            + "|(?:(?:n[°º]|no\\.?|num[eé]ro)\\s+de\\s+)?dossier(?:\\s+m[eé]dical)?)"
                            + LABEL_TAIL + CODE),
            new Labelled(PhiType.HEALTH_PLAN_NUMBER,
                    "\\b(?:member|policy|subscriber|insurance|health plan|medicaid|medicare|beneficiary|group"
                            + "|carteirinha(?:\\s+do\\s+plano)?|conv[eê]nio|p[oó]liza|afiliado|tarjeta sanitaria"
                            + "|carte vitale|mutuelle"
                            + "|(?:cigna|aetna|uhc|united ?healthcare|humana|anthem|bcbs|kaiser|tricare|medi-cal)"
                            + "(?=\\s*(?:id|member|number|no|#)))"
                            + LABEL_TAIL + CODE),
            new Labelled(PhiType.ACCOUNT_NUMBER, "\\b(?:account|acct|billing|invoice)" + LABEL_TAIL + CODE),
            new Labelled(PhiType.LICENSE_NUMBER,
                    "\\b(?:licen[cs]e|driver'?s licen[cs]e|dl|npi|dea|certificate|passport|(?:learner'?s? )?permit"
                            + "|permis(?: de conduire)?|licencia(?: de conducir)?|carteira de motorista|cnh)"
                            + LABEL_TAIL + CODE));

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        Matcher ssn = SSN.matcher(text);
        while (ssn.find()) {
            findings.add(PhiFinding.of(PhiType.SSN, ssn.start(), ssn.end()));
        }
        Matcher labelledSsn = SSN_LABELLED.matcher(text);
        while (labelledSsn.find()) {
            findings.add(PhiFinding.of(PhiType.SSN, labelledSsn.start(1), labelledSsn.end(1)));
        }
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            String digits = card.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && digits.length() <= 19
                    && org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits)) {
                findings.add(PhiFinding.of(PhiType.ACCOUNT_NUMBER, card.start(), card.end()));
            }
        }
        Matcher licence = LICENSE_FAR.matcher(text);
        while (licence.find()) {
            findings.add(PhiFinding.of(PhiType.LICENSE_NUMBER, licence.start(1), licence.end(1)));
        }
        for (Labelled labelled : LABELLED) {
            Matcher matcher = labelled.pattern().matcher(text);
            while (matcher.find()) {
                if (LabelledCode.digits(matcher.group(1)) >= 4) {
                    findings.add(PhiFinding.of(labelled.type(), matcher.start(1), matcher.end(1)));
                }
            }
        }
    }

    private record Labelled(PhiType type, Pattern pattern) {
        Labelled(PhiType type, String regex) {
            this(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }
}
