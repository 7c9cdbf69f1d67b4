package io.carepulse.liveqa.question;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flags English profanity and slurs in a question, whole words only. Anatomical and clinical
 * words (breast, penis, vagina, rectal, sex, …) are deliberately absent: patients must be able
 * to ask about their bodies. A match holds the question for a moderator; nothing is masked or
 * dropped, so a false positive costs one click.
 */
public final class ProfanityFilter {

    /** Stems; each matches with common suffixes (fuck → fucking, fucker, fucked). */
    private static final List<String> STEMS = List.of(
            "fuck", "motherfuck", "shit", "bullshit", "cunt", "bitch", "bastard", "asshole", "arsehole",
            "dickhead", "prick", "wanker", "twat", "bollocks", "piss", "pissed", "slut", "whore", "retard",
            "faggot", "fag", "nigger", "nigga", "spic", "kike", "chink", "tranny", "dyke", "douche",
            "goddamn", "damn", "crap", "wtf", "stfu");

    private static final Pattern PATTERN = Pattern.compile(
            "\\b(?:" + String.join("|", STEMS.stream().map(Pattern::quote).toList())
                    + ")(?:s|es|ed|er|ers|ing|in|y|ty)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ProfanityFilter() {
    }

    static boolean matches(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Undo the commonest obfuscation (f*ck, sh1t) before matching.
        String normalised = text.toLowerCase(Locale.ROOT).replace('1', 'i').replace('0', 'o').replace('@', 'a')
                .replace('$', 's').replace("*", "u");
        return PATTERN.matcher(normalised).find();
    }
}
