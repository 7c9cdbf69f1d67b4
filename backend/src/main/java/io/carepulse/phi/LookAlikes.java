package io.carepulse.phi;

import java.util.HashMap;
import java.util.Map;

/**
 * Characters that pass for others to a reader but not to a pattern. NFKC folds full-width and
 * other compatibility forms; it leaves letters of other scripts alone, so "Mаria" with a Cyrillic
 * а stays a different word, and leaves dashes and quotes as typed. These are the ones we fold
 * ourselves, each to the single character it imitates, so the text keeps its length.
 */
final class LookAlikes {

    /** Cyrillic and Greek letters drawn like Latin ones, then the Latin letters they pass for. */
    private static final String LETTERS = "АВЕКМНОРСТУХЅІЈԚԜаеорсухѕіјһԁԛԝӏ" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαιρνκυ";
    private static final String LATIN = "ABEKMHOPCTYXSIJQWaeopcyxsijhdqwl" + "ABEZHIKMNOPTYXoaipvku";
    /** Hyphens, the minus sign and en dash, typographic quotes and slashes, then what they stand for. */
    private static final String PUNCTUATION = "\u2010\u2011\u2012\u2013\u2043\u2212\u2018\u2019\u201B\u02BC\u2032"
            + "\u201C\u201D\u201E\u2033\u2044\u2215";
    private static final String ASCII = "------'''''\"\"\"\"//";
    private static final Map<Integer, Integer> PLAIN = new HashMap<>();

    static {
        put(LETTERS, LATIN);
        put(PUNCTUATION, ASCII);
    }

    private LookAlikes() {
    }

    private static void put(String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalStateException("look-alike tables differ in length");
        }
        for (int i = 0; i < from.length(); i++) {
            PLAIN.put((int) from.charAt(i), (int) to.charAt(i));
        }
    }

    /** The character a reader would take this one for; digits of any script become ASCII digits. */
    static int plain(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint;
        }
        if (Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(codePoint, 10);
        }
        if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
            return ' ';
        }
        if (codePoint == 0x2028 || codePoint == 0x2029) {
            return '\n';
        }
        return PLAIN.getOrDefault(codePoint, codePoint);
    }

    /**
     * In a number that is mostly digits ("555-O134", "219-O9-9999", "6l7"), the letters O, o, I and
     * l are the digits they imitate. A number is letters and digits joined by single hyphens or
     * dots; one with any other letter ("A1C", "CO2", "jane.doe") is left alone.
     */
    static void digitsInNumbers(char[] text) {
        int i = 0;
        while (i < text.length) {
            if (!isAsciiAlphanumeric(text[i])) {
                i++;
                continue;
            }
            int end = i;
            int digits = 0;
            int imitations = 0;
            boolean otherLetter = false;
            for (; end < text.length && (isAsciiAlphanumeric(text[end]) || isJoiner(text, end)); end++) {
                char c = text[end];
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if ("OoIl".indexOf(c) >= 0) {
                    imitations++;
                } else if (Character.isLetter(c)) {
                    otherLetter = true;
                }
            }
            if (!otherLetter && imitations > 0 && digits >= 2 && digits > imitations) {
                for (int j = i; j < end; j++) {
                    text[j] = switch (text[j]) {
                        case 'O', 'o' -> '0';
                        case 'I', 'l' -> '1';
                        default -> text[j];
                    };
                }
            }
            i = end;
        }
    }

    private static boolean isJoiner(char[] text, int at) {
        return (text[at] == '-' || text[at] == '.') && at + 1 < text.length && isAsciiAlphanumeric(text[at + 1]);
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
