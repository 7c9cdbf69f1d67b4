package io.carepulse.feedback.themes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A theme of an organisation's taxonomy: a stable key, the label staff read, and the cue words and
 * phrases that place a message in it. Cues are analysed as messages are ({@link MessageTerms}), so a
 * cue "waiting" also matches "waited" and "wait"; a cue of several words matches a message holding
 * all of its word pairs ("sat in the waiting room" needs "sat … waiting" and "waiting room").
 *
 * @param key upper-case identifier, e.g. {@code WAIT_TIMES}; a custom theme with a default's key
 *     replaces that default
 */
public record Theme(String key, String label, List<String> cues) {

    public static final int MAX_LABEL_LENGTH = 60;
    public static final int MAX_CUES = 50;
    public static final int MAX_CUE_LENGTH = 60;

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public Theme {
        // Copied without refusing nulls, so a bad input reaches problems() rather than an exception.
        cues = cues == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cues));
    }

    /** What must change before this theme can be used; empty when it is valid. */
    public List<ThemeProblem> problems() {
        List<ThemeProblem> problems = new ArrayList<>();
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(new ThemeProblem(List.of("key"),
                    "Use a key of capital letters, digits and underscores that starts with a letter (at most 40)"));
        }
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL_LENGTH) {
            problems.add(new ThemeProblem(List.of("label"),
                    "Enter a label of 1 to " + MAX_LABEL_LENGTH + " characters"));
        }
        if (cues.isEmpty() || cues.size() > MAX_CUES) {
            problems.add(new ThemeProblem(List.of("cues"), "Give between 1 and " + MAX_CUES + " cues"));
        }
        for (int i = 0; i < Math.min(cues.size(), MAX_CUES); i++) {
            String cue = cues.get(i);
            List<String> field = List.of("cues", String.valueOf(i));
            if (cue == null || cue.isBlank() || cue.strip().length() > MAX_CUE_LENGTH) {
                problems.add(new ThemeProblem(field, "Enter a cue of 1 to " + MAX_CUE_LENGTH + " characters"));
            } else if (MessageTerms.phraseTerms(cue).isEmpty()) {
                problems.add(new ThemeProblem(field,
                        "Use a cue with a word that is not a number or a common word such as \"the\""));
            }
        }
        return problems;
    }
}
