package io.carepulse.phi;

import java.util.regex.Pattern;

/**
 * The words between a label and the code it names, shared by the vehicle and device detectors:
 * "serial no. PM-4472", "VIN: 1HG...", "the S/N on my glucose monitor is G7-88213-A",
 * "license plate is 8XYZ442".
 */
final class LabelledCode {

    private static final String TAIL = "(?:\\s+(?:on|of|for)\\s+(?:my|the|his|her|our|their)(?:\\s+[\\p{L}'-]+){0,3}?)?"
            + "(?:\\s*(?:number|num|no\\.?|#))?\\s*(?:\\b(?:is|was)\\b|:|#|-)?\\s*";

    private LabelledCode() {
    }

    /** A case-insensitive pattern: the label, the words that may follow it, then the code in group 1. */
    static Pattern pattern(String label, String code) {
        return Pattern.compile("\\b(?:" + label + ")" + TAIL + "(" + code + ")(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    }

    static int digits(String code) {
        return (int) code.chars().filter(c -> c >= '0' && c <= '9').count();
    }

    static int letters(String code) {
        return (int) code.chars().filter(Character::isLetter).count();
    }
}
