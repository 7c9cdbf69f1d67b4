package io.carepulse.feedback.themes;

import java.util.Locale;

/**
 * One token out of a Lucene analysis chain: its analysed form, its characters {@code [start, end)}
 * in the text and how many tokens the chain removed just before it (stop words, numbers), so a
 * bigram can tell "lost my referral" (one word skipped) from two words far apart.
 */
record Token(String term, int start, int end, int skippedBefore) {

    String surface(String text) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
