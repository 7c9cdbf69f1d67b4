package io.carepulse.feedback.themes;

import io.carepulse.phi.PhiFinding;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The countable terms of a message: its stemmed words (unigrams) and pairs of neighbouring words
 * (bigrams, two stems joined by a space), read by {@link Analysis#TERMS}.
 *
 * <p>PHI is blanked before analysis: the characters of every finding become spaces, so offsets are
 * unchanged and no token of a name, phone number or record number exists to be counted. A bigram
 * never bridges a blanked span, a clause break (punctuation) or more than {@link #MAX_SKIPPED_WORDS}
 * removed words, so "lost my referral" counts "lost referral" but two clauses never make a phrase.
 * Own bigrams rather than Lucene's ShingleFilter for exactly those breaks, which the filter does not
 * see. Stateless and thread-safe.
 */
public final class MessageTerms {

    /** Stop words or numbers a bigram may skip: "sat in the waiting room" gives "sat wait". */
    static final int MAX_SKIPPED_WORDS = 2;

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?()\\[\\]{}\"|/\\n\\r\\u2013\\u2014]");

    private MessageTerms() {
    }

    /** The message's terms with their surface forms; {@code phi} as found by {@code PhiScanner.scan}. */
    public static AnalysedMessage analyse(String text, List<PhiFinding> phi) {
        String normalized = Analysis.normalized(text);
        BitSet blanked = new BitSet(normalized.length());
        for (PhiFinding finding : phi) {
            blanked.set(Math.max(0, finding.start()), Math.min(normalized.length(), Math.max(0, finding.end())));
        }
        String clean = blank(normalized, blanked);
        List<Token> tokens = Analysis.tokens(Analysis.TERMS, clean);
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            surfaces.putIfAbsent(token.term(), token.surface(clean));
            if (i > 0 && joinable(tokens.get(i - 1), token, clean, blanked)) {
                Token previous = tokens.get(i - 1);
                String surface = clean.substring(previous.start(), token.end()).toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ");
                surfaces.putIfAbsent(previous.term() + " " + token.term(), surface);
            }
        }
        return new AnalysedMessage(surfaces);
    }

    /** Shorthand for {@code analyse(text, phi).terms()}. */
    public static Set<String> terms(String text, List<PhiFinding> phi) {
        return analyse(text, phi).terms();
    }

    /**
     * The terms a phrase of a taxonomy or list must match: its bigrams when it has two or more words,
     * else its one unigram; empty when nothing in it is countable ("the", "24/7").
     */
    static List<String> phraseTerms(String phrase) {
        Map<String, String> surfaces = analyse(phrase, List.of()).surfaces();
        List<String> bigrams = surfaces.keySet().stream().filter(term -> term.contains(" ")).toList();
        return bigrams.isEmpty() ? List.copyOf(surfaces.keySet()) : bigrams;
    }

    private static boolean joinable(Token previous, Token token, String text, BitSet blanked) {
        int blankedBetween = blanked.nextSetBit(previous.end());
        return token.skippedBefore() <= MAX_SKIPPED_WORDS
                && (blankedBetween < 0 || blankedBetween >= token.start())
                && !CLAUSE_BREAK.matcher(text.substring(previous.end(), token.start())).find();
    }

    private static String blank(String text, BitSet blanked) {
        if (blanked.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        blanked.stream().forEach(i -> chars[i] = ' ');
        return new String(chars);
    }
}
