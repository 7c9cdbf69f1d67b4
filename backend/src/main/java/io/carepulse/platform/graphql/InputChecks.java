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
                fail(UserErrorCode.REQUIRED, label + " is required", path);
            }
            return null;
        }
        if (trimmed.length() > max) {
            fail(UserErrorCode.TOO_LONG, label + " must be at most " + max + " characters", path);
        }
        return trimmed;
    }

    /** Trimmed, de-duplicated, non-blank strings, at most {@code maxItems} of at most {@code maxLength} each. */
    public List<String> strings(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i).strip();
            if (value.isEmpty()) {
                fail(UserErrorCode.REQUIRED, label(field) + " must not contain blank entries", field,
                        String.valueOf(i));
            } else if (value.length() > maxLength) {
                fail(UserErrorCode.TOO_LONG, label(field) + ": each entry must be at most " + maxLength
                        + " characters", field, String.valueOf(i));
            } else {
                result.add(value);
            }
        }
        if (result.size() > maxItems) {
            fail(UserErrorCode.INVALID, label(field) + ": at most " + maxItems + " entries", field);
        }
        return List.copyOf(result);
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
}
