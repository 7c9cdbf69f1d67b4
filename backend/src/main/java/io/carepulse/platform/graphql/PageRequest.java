package io.carepulse.platform.graphql;

/**
 * {@code first} / {@code after} of a connection, validated: {@code first} is 0 to {@value #MAX_FIRST};
 * a larger page is refused with an error naming the argument rather than silently clamped.
 */
public record PageRequest(int first, Cursor after) {

    public static final int MAX_FIRST = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? 20 : first;
        if (size < 0 || size > MAX_FIRST) {
            throw new BadInputException("first must be between 0 and " + MAX_FIRST + ", was " + size, "first");
        }
        return new PageRequest(size, after == null || after.isEmpty() ? null : Cursor.decode(after, "after"));
    }
}
