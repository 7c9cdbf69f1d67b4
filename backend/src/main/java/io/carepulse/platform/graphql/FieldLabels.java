package io.carepulse.platform.graphql;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words a form shows for an input field, so a user error reads "End date must be on or after
 * the start date", not "endDate must not be before startDate". Derived from the field's path
 * (list positions and the {@code settings} wrapper left out, camel case split: {@code host.name}
 * → "Host name"); a feature names the fields whose derived label would read badly.
 */
public final class FieldLabels {

    private final Map<String, String> named;

    private FieldLabels(Map<String, String> named) {
        this.named = Map.copyOf(named);
    }

    /** Labels derived from paths only. */
    public static final FieldLabels DERIVED = new FieldLabels(Map.of());

    /** Labels for these paths (dotted, without list positions, e.g. {@code kpiTargets.target}); others derived. */
    public static FieldLabels of(Map<String, String> named) {
        return new FieldLabels(named);
    }

    /** The label of the field at {@code path}, capitalised. */
    public String of(String... path) {
        String key = Arrays.stream(path).filter(part -> !part.chars().allMatch(Character::isDigit))
                .collect(Collectors.joining("."));
        String label = named.get(key);
        if (label != null) {
            return label;
        }
        String words = Arrays.stream(key.split("\\."))
                .filter(part -> !part.equals("settings") && !part.isEmpty())
                .map(FieldLabels::words)
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? "This field" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An enum value as words for a message: {@code IN_REVIEW} → "in review". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** "a" or "an", as the words that follow need. */
    public static String article(String words) {
        return !words.isEmpty() && "aeiou".indexOf(words.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
