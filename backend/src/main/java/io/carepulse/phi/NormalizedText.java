package io.carepulse.phi;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The text the detectors read, and the way back to the text as typed. Typed text can hide an
 * identifier from patterns written for plain ASCII: full-width digits ("６１７"), a zero-width
 * space between digits, Cyrillic letters that look Latin inside a name or an e-mail address, the
 * letter O among digits. This undoes those tricks one unit (a character and the combining marks
 * after it) at a time, and remembers for every character it produces the unit of the original it
 * came from, so a finding in the normalised text can be highlighted in the text as typed.
 */
final class NormalizedText {

    private final String text;
    /** For each normalised char, where its unit starts and ends in the original text. */
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static NormalizedText of(String original) {
        Builder out = new Builder(original.length());
        int i = 0;
        while (i < original.length()) {
            int first = original.codePointAt(i);
            int end = i + Character.charCount(first);
            while (end < original.length() && isMark(original.codePointAt(end))) {
                end += Character.charCount(original.codePointAt(end));
            }
            String unit = original.substring(i, end);
            // ASCII needs no compatibility mapping; skipping the normaliser keeps the common case cheap.
            String mapped = end == i + 1 && first < 0x80 ? unit : Normalizer.normalize(unit, Normalizer.Form.NFKC);
            for (int c : mapped.codePoints().toArray()) {
                if (!isInvisible(c) && !isLeftoverMark(c)) {
                    out.append(LookAlikes.plain(c), i, end);
                }
            }
            i = end;
        }
        char[] chars = out.chars();
        LookAlikes.digitsInNumbers(chars);
        return new NormalizedText(new String(chars), out.starts(), out.ends());
    }

    String text() {
        return text;
    }

    /** The finding's span moved onto the original text: from its first unit's start to its last unit's end. */
    PhiFinding toOriginal(PhiFinding finding) {
        int end = Math.max(finding.end(), finding.start() + 1);
        return new PhiFinding(finding.type(), finding.severity(), starts[finding.start()], ends[end - 1]);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A mark NFKC could not fold into its letter (a combining underline on a digit, strike-through text) only decorates;
     * spacing marks stay, as they are vowels in scripts that need them.
     */
    private static boolean isLeftoverMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * Zero-width spaces and joiners, the word joiner, the byte-order mark, the soft hyphen, bidi
     * controls (all format characters) and the Hangul fillers that render as nothing.
     */
    private static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || codePoint == 0x034F || codePoint == 0x115F
                || codePoint == 0x1160 || codePoint == 0x17B4 || codePoint == 0x17B5 || codePoint == 0x3164
                || codePoint == 0xFFA0;
    }

    /** Normalised chars and, in parallel, the original span each came from. */
    private static final class Builder {

        private final StringBuilder chars;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            chars = new StringBuilder(capacity);
            starts = new int[capacity + 8];
            ends = new int[capacity + 8];
        }

        void append(int codePoint, int start, int end) {
            for (char c : Character.toChars(codePoint)) {
                if (chars.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[chars.length()] = start;
                ends[chars.length()] = end;
                chars.append(c);
            }
        }

        char[] chars() {
            return chars.toString().toCharArray();
        }

        int[] starts() {
            return Arrays.copyOf(starts, chars.length());
        }

        int[] ends() {
            return Arrays.copyOf(ends, chars.length());
        }
    }
}
