package io.carepulse.platform.tenancy;

import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.Cursor;
import io.carepulse.platform.graphql.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keyset (seek) pagination over one sort field with {@code _id} as tie-breaker: pages stay stable
 * while rows are inserted, and every page costs one indexed query however deep it is.
 *
 * @param field     stored field to sort by
 * @param direction sort direction
 * @param parse     turns a cursor's sort value back into the stored type
 * @param valueOf   reads the sort value of a row, as written into cursors
 */
public record KeysetQuery<T>(String field, Sort.Direction direction, Function<String, Object> parse,
        Function<T, String> valueOf, Function<T, ObjectId> idOf) {

    /** Pages sorted by a text field, compared as stored. */
    public static <T> KeysetQuery<T> byText(String field, Sort.Direction direction, Function<T, String> valueOf,
            Function<T, ObjectId> idOf) {
        return new KeysetQuery<>(field, direction, value -> value, valueOf, idOf);
    }

    /** Pages sorted by an instant, written into cursors as epoch milliseconds. */
    public static <T> KeysetQuery<T> byInstant(String field, Sort.Direction direction,
            Function<T, java.time.Instant> valueOf, Function<T, ObjectId> idOf) {
        return new KeysetQuery<>(field, direction, KeysetQuery::instant,
                row -> String.valueOf(valueOf.apply(row).toEpochMilli()), idOf);
    }

    /** A cursor's instant; a cursor of another order (text where a number belongs) is refused as bad input. */
    private static Object instant(String epochMillis) {
        try {
            return java.util.Date.from(java.time.Instant.ofEpochMilli(Long.parseLong(epochMillis)));
        } catch (NumberFormatException e) {
            throw new io.carepulse.platform.graphql.BadInputException(
                    "The page cursor belongs to another sort order: start again from the first page", "after");
        }
    }

    /** The filter query narrowed to rows beyond the cursor, in scan order, one more than the page. */
    public Query page(Criteria filter, PageRequest request) {
        // Scanning backwards (last/before) reverses the order; the rows are turned round afterwards.
        Sort.Direction scan = request.backward() ? reverse(direction) : direction;
        Criteria criteria = filter;
        if (request.cursor() != null) {
            Object value = parse.apply(request.cursor().sortValue());
            ObjectId id = request.cursor().id();
            boolean ascending = scan == Sort.Direction.ASC;
            Criteria beyond = ascending ? Criteria.where(field).gt(value) : Criteria.where(field).lt(value);
            Criteria tie = new Criteria().andOperator(Criteria.where(field).is(value),
                    ascending ? Criteria.where("_id").gt(id) : Criteria.where("_id").lt(id));
            criteria = new Criteria().andOperator(filter, new Criteria().orOperator(beyond, tie));
        }
        Query query = new Query(criteria);
        return query.with(Sort.by(scan, field).and(Sort.by(scan, "_id"))).limit(request.size() + 1);
    }

    /** Builds the connection from the rows fetched with {@link #page}. */
    public Connection<T> connection(List<T> rows, PageRequest request, Integer totalCount) {
        boolean more = rows.size() > request.size();
        List<T> visible = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
        if (request.backward()) {
            Collections.reverse(visible);
        }
        List<Connection.Edge<T>> edges = visible.stream()
                .map(row -> new Connection.Edge<>(new Cursor(valueOf.apply(row), idOf.apply(row)).encode(), row))
                .toList();
        String start = edges.isEmpty() ? null : edges.getFirst().cursor();
        String end = edges.isEmpty() ? null : edges.getLast().cursor();
        boolean hasNext = request.backward() ? request.cursor() != null : more;
        boolean hasPrevious = request.backward() ? more : request.cursor() != null;
        return new Connection<>(edges, new Connection.PageInfo(hasNext, hasPrevious, start, end), totalCount);
    }

    private static Sort.Direction reverse(Sort.Direction direction) {
        return direction == Sort.Direction.ASC ? Sort.Direction.DESC : Sort.Direction.ASC;
    }
}
