package io.carepulse.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard English text is to read, as the Flesch–Kincaid grade level: {@code 0.39 × words per
 * sentence + 11.8 × syllables per word − 15.59}, the US school grade whose pupils could read it.
 * Patient-facing text should be at grade 8 or below ({@link #isPlainLanguage()}), the level health
 * literacy guidance asks for.
 *
 * <p>The grade is the formula's value, not clamped: very short words in very short sentences
 * score below zero, which is still plain language. Text without words scores 0.
 *
 * <p>Numbers are words, of one syllable per digit: near how they are read aloud ("30" thir-ty,
 * "100" one hun-dred, "2026" twen-ty twen-ty-six), and a long number is hard to read, which the
 * grade should show. An initialism ("e.g.", "U.S.") and a capitalised acronym without a vowel
 * ("PDF", "CFR") are spelled out, one syllable per letter.
 *
 * @param sentences sentences with at least one word
 * @param words words, a hyphenated compound being one
 * @param syllables syllables of all words
 * @param grade the Flesch–Kincaid grade level
 */
public record Readability(int sentences, int words, int syllables, double grade) {

    /** Grade 8: the most a patient-facing text may ask of its reader. */
    public static final double PLAIN_LANGUAGE_GRADE = 8.0;

    private static final Pattern WORD = Pattern.compile("(?<initialism>(?:\\p{L}\\.){2,})"
            + "|(?<number>\\p{N}+(?:[.,:/-]\\p{N}+)*(?:st|nd|rd|th|s)?)"
            + "|(?<letters>[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*)");

    /** Abbreviations whose full stop is not the end of a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof", "vs",
            "etc", "approx", "dept", "inc", "ltd", "co", "ave", "fig", "min", "max", "mg", "ml", "hr", "hrs");

    private static final Pattern SINGLE_LETTERS = Pattern.compile("\\p{L}(?:\\.\\p{L})*");
    private static final Pattern CLOSERS = Pattern.compile("[\"')\\]}”’»]+$");

    public static Readability of(String text) {
        if (text == null || text.isBlank()) {
            return new Readability(0, 0, 0, 0);
        }
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String block : PlainBlocks.of(text)) {
            int wordsInSentence = 0;
            for (String token : block.split("\\s+")) {
                Matcher word = WORD.matcher(token);
                while (word.find()) {
                    wordsInSentence++;
                    syllables += syllables(word);
                }
                if (wordsInSentence > 0 && endsSentence(token)) {
                    sentences++;
                    words += wordsInSentence;
                    wordsInSentence = 0;
                }
            }
            if (wordsInSentence > 0) {
                sentences++;
                words += wordsInSentence;
            }
        }
        return words == 0 ? new Readability(0, 0, 0, 0) : new Readability(sentences, words, syllables,
                0.39 * words / sentences + 11.8 * syllables / words - 15.59);
    }

    public boolean isPlainLanguage() {
        return grade <= PLAIN_LANGUAGE_GRADE;
    }

    private static int syllables(Matcher word) {
        if (word.group("initialism") != null) {
            return word.group("initialism").length() / 2;
        }
        if (word.group("number") != null) {
            return (int) word.group("number").chars().filter(Character::isDigit).count();
        }
        String letters = word.group("letters");
        if (isSpelledOut(letters)) {
            return letters.length();
        }
        String plain = Normalizer.normalize(letters, Normalizer.Form.NFD).replaceAll("[\\p{M}'’]", "")
                .toLowerCase(Locale.ROOT);
        int count = 0;
        for (String part : plain.split("-")) {
            count += Syllables.count(part);
        }
        return count;
    }

    private static boolean isSpelledOut(String letters) {
        return letters.length() > 1 && letters.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && letters.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0);
    }

    private static boolean endsSentence(String token) {
        String end = CLOSERS.matcher(token).replaceFirst("");
        if (end.endsWith("!") || end.endsWith("?")) {
            return true;
        }
        if (!end.endsWith(".")) {
            return false;
        }
        String abbreviation = end.substring(0, end.length() - 1).replaceFirst("^\\P{L}+", "");
        boolean shortened = ABBREVIATIONS.contains(abbreviation.toLowerCase(Locale.ROOT))
                || SINGLE_LETTERS.matcher(abbreviation).matches();
        return !shortened || end.endsWith("..");
    }
}
