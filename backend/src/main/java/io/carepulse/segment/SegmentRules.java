package io.carepulse.segment;

import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Validation of segment fields, shared by create and update. */
final class SegmentRules {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 2000;
    static final int MAX_AGE = 120;
    static final int LIST_MAX = 50;
    static final int ENTRY_MAX = 100;

    private SegmentRules() {
    }

    static AudienceSegment.AgeRange ageRange(InputChecks checks, SegmentInputs.AgeRangeInput input) {
        if (input == null) {
            return null;
        }
        int min = input.min() == null ? 0 : input.min();
        int max = input.max() == null ? MAX_AGE : input.max();
        checks.check(min >= 0 && min <= MAX_AGE, UserErrorCode.INVALID, "Minimum age must be a whole number from 0 to " + MAX_AGE,
                "ageRange", "min");
        checks.check(max >= 0 && max <= MAX_AGE, UserErrorCode.INVALID, "Maximum age must be a whole number from 0 to " + MAX_AGE,
                "ageRange", "max");
        checks.check(min <= max, UserErrorCode.INVALID, "Maximum age must be the same as or more than the minimum age",
                "ageRange", "max");
        return new AudienceSegment.AgeRange(min, max);
    }

    static List<String> languages(InputChecks checks, List<Locale> languages) {
        if (languages == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            Locale locale = languages.get(i);
            String tag = locale == null ? "und" : locale.toLanguageTag();
            if ("und".equals(tag) || locale.getLanguage().isEmpty()) {
                checks.fail(UserErrorCode.INVALID, "“" + (locale == null ? "" : locale.toString())
                        + "” is not a language tag: use tags such as en-US or es",
                        "languages", String.valueOf(i));
            } else if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        checks.check(tags.size() <= LIST_MAX, UserErrorCode.INVALID, "Enter " + LIST_MAX + " languages or fewer",
                "languages");
        return tags;
    }

    static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
