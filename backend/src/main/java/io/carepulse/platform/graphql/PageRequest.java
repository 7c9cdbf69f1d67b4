package io.carepulse.platform.graphql;

/**
 * The window of a connection: {@code first}/{@code after} forwards or {@code last}/{@code before}
 * backwards, at most {@value #MAX_PAGE} rows — a larger page is refused with an error naming the
 * argument rather than silently clamped.
 *
 * @param size     rows wanted
 * @param cursor   the row to start after (forwards) or end before (backwards), or null
 * @param backward true for {@code last}/{@code before}
 */
public record PageRequest(int size, Cursor cursor, boolean backward) {

    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_PAGE = 20;

    public static PageRequest of(Integer first, String after) {
        return of(first, after, null, null);
    }

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        boolean backward = last != null || (before != null && !before.isEmpty());
        if (backward && (first != null || (after != null && !after.isEmpty()))) {
            throw new BadInputException("Page forwards with first/after or backwards with last/before, not both",
                    first != null ? "first" : "after");
        }
        String argument = backward ? "last" : "first";
        Integer asked = backward ? last : first;
        int size = asked == null ? DEFAULT_PAGE : asked;
        if (size < 0 || size > MAX_PAGE) {
            throw new BadInputException(argument + " must be between 0 and " + MAX_PAGE + ", was " + size, argument);
        }
        String cursorArgument = backward ? "before" : "after";
        String cursor = backward ? before : after;
        return new PageRequest(size, cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, cursorArgument),
                backward);
    }
}
