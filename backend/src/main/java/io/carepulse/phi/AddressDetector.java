package io.carepulse.phi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses ("1420 Orchard Lane", "PO Box 88") and ZIP codes. A five-digit number is only
 * a ZIP code next to a state or after the word ZIP: otherwise it is too often a count or a dose.
 */
final class AddressDetector implements Detector {

    private static final Pattern STREET = Pattern.compile("\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?"
            + "(?:[A-Z0-9][a-zA-Z0-9'-]*\\s+){1,3}"
            + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace"
            + "|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Square|Sq)\\b\\.?"
            + "(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\\.?\\s*#?\\s*\\w+)?");
    private static final Pattern PO_BOX = Pattern.compile("(?i)\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d+\\b");
    private static final Pattern ZIP = Pattern.compile("(?:\\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA"
            + "|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),?\\s+"
            + "|(?i:\\bzip(?:\\s*code)?|\\bpostal\\s+code)\\s*(?:is|:)?\\s*)(\\d{5}(?:-\\d{4})?)\\b");

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        Matcher street = STREET.matcher(text);
        while (street.find()) {
            findings.add(PhiFinding.of(PhiType.STREET_ADDRESS, street.start(), street.end()));
        }
        Matcher box = PO_BOX.matcher(text);
        while (box.find()) {
            findings.add(PhiFinding.of(PhiType.STREET_ADDRESS, box.start(), box.end()));
        }
        Matcher zip = ZIP.matcher(text);
        while (zip.find()) {
            findings.add(PhiFinding.of(PhiType.ZIP_CODE, zip.start(1), zip.end(1)));
        }
    }
}
