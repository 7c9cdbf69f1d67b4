package io.carepulse.platform.mongo;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/** The search box of list filters: case-insensitive, literal (no regex from users). */
public final class TextSearch {

    private TextSearch() {
    }

    /** Adds "any of {@code fields} contains {@code text}" to {@code criteria}; blank text adds nothing. */
    public static void anyFieldContains(Criteria criteria, String text, String... fields) {
        if (text == null || text.isBlank()) {
            return;
        }
        Pattern pattern = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
        criteria.orOperator(Arrays.stream(fields).map(field -> Criteria.where(field).regex(pattern))
                .toArray(Criteria[]::new));
    }
}
