package io.carepulse.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's full names next to clinical words: "my neighbour Maria Gonzalez has stage 3 cancer",
 * "josé núñez started dialysis", "MY DAD ROBERT MILLER HAS CANCER". A name counts only when its
 * sentence, or the one before or after it, mentions health; a name alone, or a diagnosis alone,
 * is not PHI. Two ways to a name: two or more capitalised words that are not common words,
 * places, organisations or conditions (optionally after Mr/Mrs/Ms/Miss, with initials and
 * particles such as "van der" between); or, in any case, a known given name (or any name-like
 * word after "my name is" or "my neighbour") followed by a word that may be a surname. Public
 * figures ("Serena Williams") are flagged like anyone else: the moderator decides.
 */
final class NameDetector implements Detector {

    // Bounded repetition: Java's matcher recurses per repeated group, and the text is the public's.
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['-]\\p{L}+){0,3}");
    private static final Pattern VOCABULARY_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+){0,3}");
    private static final int MAX_SURNAMES = 2;

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        List<int[]> sentences = sentences(text);
        boolean[] clinical = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            clinical[i] = ClinicalVocabulary.mentionedIn(vocabularyWords(text, sentences.get(i)));
        }
        for (int i = 0; i < sentences.size(); i++) {
            boolean nearHealth = clinical[i] || i > 0 && clinical[i - 1] || i + 1 < clinical.length && clinical[i + 1];
            if (nearHealth) {
                List<Token> tokens = tokens(text, sentences.get(i));
                capitalisedRuns(tokens, findings);
                givenNameRuns(tokens, findings);
            }
        }
    }

    /** Two or more capitalised name words in a row: the writer's capitals mark the name. */
    private static void capitalisedRuns(List<Token> tokens, List<PhiFinding> findings) {
        int first = 0;
        int last = 0;
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (words > 0 && !tokens.get(i - 1).joinsNext()) {
                addName(tokens, first, last, words, findings);
                words = 0;
            }
            if (token.isCapitalised() && NameWords.mayBeName(token.key()) || words > 0 && token.isInitial()) {
                first = words == 0 ? i : first;
                last = i;
                words++;
            } else if (words == 0 || !NameWords.isParticle(token.key())) {
                // a particle stays inside a name only if another name word follows: "Peter van der Berg"
                addName(tokens, first, last, words, findings);
                words = 0;
            }
        }
        addName(tokens, first, last, words, findings);
    }

    private static void addName(List<Token> tokens, int first, int last, int words, List<PhiFinding> findings) {
        if (words >= 2) {
            findings.add(PhiFinding.of(PhiType.PERSON_NAME, tokens.get(first).start(), tokens.get(last).end()));
        }
    }

    /**
     * A given name the lists know, in any case, then up to two surname words (and any initials or
     * particles between): "john smith", "JOHN SMITH", "peter van der berg". After "my name is" or
     * a relation ("my neighbour thandeka mabuza") any word that may be a name will do as the
     * given name, unless the two words make a clinical phrase ("my dad blood sugar").
     */
    private static void givenNameRuns(List<Token> tokens, List<PhiFinding> findings) {
        for (int i = 0; i < tokens.size(); i++) {
            int last = startsName(tokens, i) ? surnamesEnd(tokens, i) : -1;
            if (last > i) {
                findings.add(PhiFinding.of(PhiType.PERSON_NAME, tokens.get(i).start(), tokens.get(last).end()));
            }
        }
    }

    private static boolean startsName(List<Token> tokens, int i) {
        Token given = tokens.get(i);
        if (NameWords.isGivenName(given.key())) {
            return true;
        }
        // an unknown word after a relation is a name unless it reads as a verb: "my husband snores"
        boolean verb = !given.isCapitalised() && (NameWords.looksLikeVerb(given.key()) || given.key().endsWith("s"));
        boolean clinicalPhrase = i + 1 < tokens.size()
                && ClinicalVocabulary.mentionedIn(List.of(given.key(), tokens.get(i + 1).key()));
        return introduced(tokens, i) && NameWords.mayBeName(given.key()) && !verb && !clinicalPhrase;
    }

    /** The index of the name's last word after the given name at {@code i}, or -1 without a surname. */
    private static int surnamesEnd(List<Token> tokens, int i) {
        int last = -1;
        Token firstSurname = null;
        int surnames = 0;
        for (int j = i + 1; j < tokens.size() && tokens.get(j - 1).joinsNext() && surnames < MAX_SURNAMES; j++) {
            Token next = tokens.get(j);
            if (next.isInitial() || NameWords.isParticle(next.key())) {
                last = next.isInitial() ? j : last;
                continue;
            }
            // "Ana Ruiz answers": the first surname's case carries on to the next one
            boolean caseChanges = firstSurname != null && next.isCapitalised() != firstSurname.isCapitalised();
            if (!NameWords.mayBeName(next.key()) || !next.isCapitalised() && NameWords.looksLikeVerb(next.key())
                    || caseChanges) {
                break;
            }
            firstSurname = firstSurname == null ? next : firstSurname;
            last = j;
            surnames++;
        }
        return surnames > 0 ? last : -1;
    }

    private static boolean introduced(List<Token> tokens, int i) {
        if (i >= 3 && tokens.get(i - 3).key().equals("my") && tokens.get(i - 2).key().equals("name")
                && tokens.get(i - 1).key().equals("is")) {
            return true;
        }
        return i >= 1 && NameWords.isRelation(tokens.get(i - 1).key()) && tokens.get(i - 1).joinsNext();
    }

    /**
     * Where sentences end: at ! ? or a line break, and at a full stop that follows a word and
     * precedes a space — not inside "yahoo.com", nor after an initial ("John Q. Public").
     */
    private static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stop = c == '!' || c == '?' || c == '\n';
            if (c == '.' && i >= 2 && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i - 2))
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                stop = true;
            }
            if (stop) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            sentences.add(new int[] {start, text.length()});
        }
        return sentences;
    }

    private static List<String> vocabularyWords(String text, int[] sentence) {
        List<String> words = new ArrayList<>();
        Matcher word = VOCABULARY_WORD.matcher(text).region(sentence[0], sentence[1]);
        while (word.find()) {
            words.add(NameWords.key(word.group()));
        }
        return words;
    }

    private static List<Token> tokens(String text, int[] sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(sentence[0], sentence[1]);
        while (word.find()) {
            tokens.add(Token.of(text, word.start(), word.end()));
        }
        return tokens;
    }

    /**
     * One word of a sentence. A possessive ends a name ("Kevin's doctor") and is left out of its
     * span; an initial keeps its full stop.
     */
    private record Token(int start, int end, String key, boolean isCapitalised, boolean isInitial, boolean joinsNext) {

        static Token of(String text, int start, int end) {
            String word = text.substring(start, end);
            boolean possessive = word.length() > 2 && word.endsWith("'s");
            int wordEnd = possessive ? end - 2 : end;
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0))
                    && end < text.length() && text.charAt(end) == '.';
            int spanEnd = initial ? end + 1 : wordEnd;
            int next = spanEnd;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            boolean joins = !possessive && next > spanEnd && next < text.length() && Character.isLetter(text.charAt(next));
            return new Token(start, spanEnd, NameWords.key(word), isTitleCase(word), initial, joins);
        }

        /** "Maria", "McKenzie", "O'Brien", "José": a capital, then some lower case. */
        private static boolean isTitleCase(String word) {
            return word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                    && word.chars().skip(1).anyMatch(Character::isLowerCase);
        }
    }
}
