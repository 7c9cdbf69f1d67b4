package io.carepulse.phi;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone and fax numbers, found by libphonenumber's matcher (US by default, international with a
 * leading +). Only "possible" is required, not "valid": patients quote numbers from memory, and
 * the 555 numbers of examples must count too. A number with "fax" just before it is a fax number.
 */
final class PhoneDetector implements Detector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** "fax: 909-555-0122", "fax my husband's records to 212-555-0166", "faxed to 718.555.0163". */
    private static final Pattern FAX_CUE = Pattern.compile("\\bfax(?:ed|ing)?\\b(?:\\b(?:no|nr|dr|mr|mrs|ms|st)\\.|[^\\d.!?\\n])"
            + "{0,64}$", Pattern.CASE_INSENSITIVE);
    /** "four one five, five five five, zero one two eight": a number spelled out digit by digit. */
    private static final Pattern SPELLED = Pattern.compile("(?i)\\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight"
            + "|nine)(?:[\\s,.-]{1,3}|$)){7,15}");
    /** Product, billing and trial codes that libphonenumber would read as numbers: "NDC 50090-1234-0". */
    private static final Pattern CODE_LABEL = Pattern.compile("\\b(?:ndc|cpt|icd(?:-?10)?|nct|lot|batch|rx|sku)\\b(?:\\W{0,4}|(?:\\s+(?:on|of|for)\\s+(?:my|the|his|her|our)(?:\\s+[\\p{L}'-]+){0,3}?)"
            + "\\s+(?:is|was|:)\\s*)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A number written the way another country writes it ("my mobile is 07700 900456"): counted
     * after a word that says it is a phone number, when it has the digits of one.
     */
    private static final Pattern LABELLED = Pattern.compile("\\b(?:mobile|cell|phone|tel|telephone|whatsapp|call me on"
            + "|text me on|number is)\\b[^\\d\\n]{0,12}(\\+?\\d[\\d ()-]{7,16}\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    /** Seven-digit local numbers written with a separator, which the matcher leaves to context. */
    private static final Pattern LOCAL = Pattern.compile("(?<![\\d-])\\d{3}[-. ]\\d{4}(?![\\d-])");

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "US", PhoneNumberUtil.Leniency.POSSIBLE,
                Long.MAX_VALUE)) {
            if (!DOTTED_QUAD.matcher(match.rawString()).matches() // an IP address, reported as such elsewhere
                    && !codeLabelled(text, match.start())) {
                findings.add(PhiFinding.of(type(text, match.start()), match.start(), match.end()));
            }
        }
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            long digits = labelled.group(1).chars().filter(Character::isDigit).count();
            if (digits >= 9 && digits <= 13) {
                findings.add(PhiFinding.of(type(text, labelled.start(1)), labelled.start(1), labelled.end(1)));
            }
        }
        Matcher spelled = SPELLED.matcher(text);
        while (spelled.find()) {
            int digits = spelled.group().trim().split("[\\s,.-]+").length;
            if (digits == 7 || digits == 10 || digits == 11) {
                String number = spelled.group().replaceAll("[\\s,.-]+$", "");
                findings.add(PhiFinding.of(type(text, spelled.start()), spelled.start(), spelled.start() + number.length()));
            }
        }
        Matcher local = LOCAL.matcher(text);
        while (local.find()) {
            if (codeLabelled(text, local.start())) {
                continue;
            }
            findings.add(PhiFinding.of(type(text, local.start()), local.start(), local.end()));
        }
    }

    private static boolean codeLabelled(String text, int start) {
        return CODE_LABEL.matcher(text).region(Math.max(0, start - 48), start).find();
    }

    private static PhiType type(String text, int start) {
        String before = text.substring(Math.max(0, start - 90), start).toLowerCase(Locale.ROOT);
        return FAX_CUE.matcher(before).find() ? PhiType.FAX : PhiType.PHONE;
    }
}
