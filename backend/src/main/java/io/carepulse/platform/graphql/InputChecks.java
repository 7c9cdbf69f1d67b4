package io.carepulse.platform.graphql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Collects the {@link UserError}s of one mutation input, each naming its field under
 * {@code input}, and normalises values (trimmed text, de-duplicated lists) as it goes.
 */
public final class InputChecks {

    private final List<UserError> errors = new ArrayList<>();
    private final FieldLabels labels;

    /** Checks whose messages name fields by labels derived from their paths. */
    public InputChecks() {
        this(FieldLabels.DERIVED);
    }

    /** Checks whose messages name fields by these labels. */
    public InputChecks(FieldLabels labels) {
        this.labels = labels;
    }

    /** The label of the field at {@code path}, as messages name it: "End date". */
    public String label(String... path) {
        return labels.of(path);
    }

    /** Trimmed text; REQUIRED when blank and required, TOO_LONG past {@code max} characters. */
    public String text(String field, String value, int max, boolean required) {
        return textAt(value, max, required, field);
    }

    /** {@link #text} for a nested field, e.g. {@code textAt(name, 120, true, "host", "name")}. */
    public String textAt(String value, int max, boolean required, String... path) {
        String label = labels.of(path);
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                fail(UserErrorCode.REQUIRED, enter(label), path);
            }
            return null;
        }
        if (trimmed.length() > max) {
            fail(UserErrorCode.TOO_LONG, label + " must be " + count(max) + " characters or fewer", path);
        }
        return trimmed;
    }

    /** Trimmed, de-duplicated, non-blank strings, at most {@code maxItems} of at most {@code maxLength} each. */
    public List<String> strings(String field, List<String> values, int maxItems, int maxLength) {
        return stringsAt(values, maxItems, maxLength, field);
    }

    /**
     * {@link #strings} for a nested list, e.g. {@code stringsAt(hashtags, 30, 101, "requiredHashtags", "2",
     * "hashtags")}: each error names its entry's position after the path.
     */
    public List<String> stringsAt(List<String> values, int maxItems, int maxLength, String... path) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i).strip();
            String[] at = java.util.stream.Stream.concat(java.util.Arrays.stream(path), java.util.stream.Stream.of(
                    String.valueOf(i))).toArray(String[]::new);
            if (value.isEmpty()) {
                fail(UserErrorCode.REQUIRED, "Each " + one(path) + " needs some text", at);
            } else if (value.length() > maxLength) {
                fail(UserErrorCode.TOO_LONG, "Each " + one(path) + " must be " + count(maxLength)
                        + " characters or fewer", at);
            } else {
                result.add(value);
            }
        }
        if (result.size() > maxItems) {
            fail(UserErrorCode.INVALID, "Enter " + count(maxItems) + " " + lower(label(path)) + " or fewer", path);
        }
        return List.copyOf(result);
    }

    /** "Enter a name", "Enter an objective": what a required field says when left empty. */
    public static String enter(String label) {
        String words = lower(label);
        return "Enter " + FieldLabels.article(words) + " " + words;
    }

    /** A number as messages write it: 5,000. */
    public static String count(long number) {
        return String.format(java.util.Locale.ENGLISH, "%,d", number);
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** One entry of a list field: "hashtags" gives "hashtag". */
    private String one(String... path) {
        String words = lower(label(path));
        return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
    }

    public void check(boolean condition, ErrorCode code, String message, String... field) {
        if (!condition) {
            fail(code, message, field);
        }
    }

    public void fail(ErrorCode code, String message, String... field) {
        errors.add(UserError.onInput(code, message, field));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<UserError> errors() {
        return List.copyOf(errors);
    }

    /** How many errors so far: an item of a long list checked with the same checks passed when it added none. */
    public int errorCount() {
        return errors.size();
    }
}
