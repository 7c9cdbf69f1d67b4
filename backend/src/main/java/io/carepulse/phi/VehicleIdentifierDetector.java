package io.carepulse.phi;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vehicle identification numbers and licence plates, which the state's register ties to an owner.
 * A VIN is 17 letters and digits without I, O or Q; standing alone it counts when its check digit
 * holds or a vehicle is mentioned just before it, labelled "VIN" it always counts. A plate is
 * only recognised when labelled: "plate 7ABC123" yes, "7ABC123" alone could be anything.
 */
final class VehicleIdentifierDetector implements Detector {

    private static final String VIN_CHARS = "[A-HJ-NPR-Z0-9]";
    private static final Pattern VIN = Pattern.compile("(?<![A-Za-z0-9])" + VIN_CHARS + "{17}(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIN_LABELLED = LabelledCode.pattern("vin|vehicle identification",
            "(?=" + VIN_CHARS + "*?\\d" + VIN_CHARS + "*?\\d)" + VIN_CHARS + "{11,17}");
    private static final Pattern VEHICLE_BEFORE = Pattern.compile(
            "(?i)\\b(?:car|cars|truck|van|suv|vehicle|motorcycle|jeep|auto)\\b[^.!?\\n]{0,30}$");
    private static final Pattern PLATE_LABELLED = LabelledCode.pattern(
            "(?:licen[cs]e\\s+plates?|number\\s+plates?|plates?)(?:\\s+(?-i:[A-Z]{2})(?=\\s+(?-i:[A-Z0-9])))?"
                    + "|(?:car|vehicle)\\s+(?:reg(?:istration)?|tag)|tag\\s*(?:number|no\\.?|#)"
                    + "|matr[ií]cula|placa|plaque(?:\\s+d'immatriculation)?|immatriculation",
            "(?=[A-Z0-9]*\\d|[A-Z0-9]{1,4}[- ][A-Z0-9]*\\d)(?:[A-Z0-9]{1,4}[- ][A-Z0-9]{1,5}|[A-Z0-9]{2,8})");
    /** "12mm", "5cm": a measurement after "plate", not a registration. */
    private static final Pattern MEASUREMENT = Pattern.compile("\\d+[a-z]{1,3}");
    /** Transliteration of letters (A-H, J-N, P, R, S-Z) to values, and the weight of each position. */
    private static final String VALUES = "12345678_12345_7_923456789";
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        Matcher vin = VIN.matcher(text);
        while (vin.find()) {
            String code = vin.group();
            String before = text.substring(Math.max(0, vin.start() - 40), vin.start());
            if (LabelledCode.digits(code) >= 3 && LabelledCode.letters(code) >= 2
                    && (checkDigitHolds(code) || VEHICLE_BEFORE.matcher(before).find())) {
                findings.add(PhiFinding.of(PhiType.VEHICLE_IDENTIFIER, vin.start(), vin.end()));
            }
        }
        addLabelled(VIN_LABELLED.matcher(text), findings, code -> true);
        addLabelled(PLATE_LABELLED.matcher(text), findings, VehicleIdentifierDetector::looksLikePlate);
    }

    private static void addLabelled(Matcher matcher, List<PhiFinding> findings, Predicate<String> accept) {
        while (matcher.find()) {
            if (accept.test(matcher.group(1))) {
                findings.add(PhiFinding.of(PhiType.VEHICLE_IDENTIFIER, matcher.start(1), matcher.end(1)));
            }
        }
    }

    /**
     * Four to eight letters and digits with at least one of each; typed with a space only in
     * capitals, since "plate 12 mm" is an implant, not a registration.
     */
    private static boolean looksLikePlate(String code) {
        String plain = code.replaceAll("[- ]", "");
        return plain.length() >= 4 && plain.length() <= 8 && LabelledCode.digits(plain) > 0
                && LabelledCode.letters(plain) > 0 && !MEASUREMENT.matcher(plain).matches()
                && (code.indexOf(' ') < 0 || code.equals(code.toUpperCase(Locale.ROOT)));
    }

    /** The North American check digit in position 9: weighted sum of the values modulo 11, 10 written X. */
    static boolean checkDigitHolds(String vin) {
        String upper = vin.toUpperCase(Locale.ROOT);
        int sum = 0;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : VALUES.charAt(c - 'A') - '0';
            sum += value * WEIGHTS[i];
        }
        int check = sum % 11;
        return upper.charAt(8) == (check == 10 ? 'X' : (char) ('0' + check));
    }
}
