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
    private static final Pattern FAX_CUE = Pattern.compile("\\bfax\\b[^\\d]{0,12}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    /** Seven-digit local numbers written with a separator, which the matcher leaves to context. */
    private static final Pattern LOCAL = Pattern.compile("(?<![\\d-])\\d{3}[-. ]\\d{4}(?![\\d-])");

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "US", PhoneNumberUtil.Leniency.POSSIBLE,
                Long.MAX_VALUE)) {
            if (!DOTTED_QUAD.matcher(match.rawString()).matches()) { // an IP address, reported as such elsewhere
                findings.add(PhiFinding.of(type(text, match.start()), match.start(), match.end()));
            }
        }
        Matcher local = LOCAL.matcher(text);
        while (local.find()) {
            findings.add(PhiFinding.of(type(text, local.start()), local.start(), local.end()));
        }
    }

    private static PhiType type(String text, int start) {
        String before = text.substring(Math.max(0, start - 16), start).toLowerCase(Locale.ROOT);
        return FAX_CUE.matcher(before).find() ? PhiType.FAX : PhiType.PHONE;
    }
}
