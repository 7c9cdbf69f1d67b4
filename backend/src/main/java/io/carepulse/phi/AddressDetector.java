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
    /** Typed in lower case, only the abbreviations that no other phrase ends with: "314 elm st". */
    private static final Pattern STREET_LOWER_CASE = Pattern.compile("\\b\\d{1,6}\\s+(?:[a-z][a-z'-]*\\s+){1,2}"
            + "(?:st|ave|rd|blvd|ln)\\b\\.?");
    /** Streets named first, as in Spanish: "22 Calle del Sol Apt 3B", "Avenida Juárez 120". */
    private static final Pattern STREET_NAMED_FIRST = Pattern.compile("(?:\\b\\d{1,6}\\s+)?\\b(?:Calle|Avenida|Av\\.|Camino"
            + "|Paseo|Carretera|Rua|Rue)\\s+(?:(?:de|del|la|las|los|el|da|do|des|du)\\s+){0,2}\\p{Lu}[\\p{L}'-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}(?:\\s+\\d{1,6})?(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\\.?\\s*#?\\s*\\w+)?");
    /** "i live in 60629", "any dialysis centers near 94110?": a ZIP code where someone lives. */
    private static final Pattern ZIP_WHERE = Pattern.compile("(?i)\\b(?:lives?(?:\\s+alone)?\\s+in|living\\s+in|located\\s+in"
            + "|based\\s+in|resid(?:e|es|ing)\\s+in|moved\\s+to|near|around|in\\s+the|in(?=\\s+\\d{5}\\s*(?:[.,;!?)]|$|area\\b)))"
            + "\\s+(\\d{5})(?![\\d-])(?!\\s*(?:steps|people|patients|dollars|miles|mg|units|calories"
            + "|cases|times|area\\s+code|\\p{L}+s\\b))");
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
        for (Pattern pattern : List.of(STREET_LOWER_CASE, STREET_NAMED_FIRST)) {
            Matcher other = pattern.matcher(text);
            while (other.find()) {
                findings.add(PhiFinding.of(PhiType.STREET_ADDRESS, other.start(), other.end()));
            }
        }
        Matcher where = ZIP_WHERE.matcher(text);
        while (where.find()) {
            findings.add(PhiFinding.of(PhiType.ZIP_CODE, where.start(1), where.end(1)));
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
