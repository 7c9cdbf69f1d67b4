package io.carepulse.platform.graphql;

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

    /** The filter query narrowed to rows after the cursor, sorted, limited to one more than the page. */
    public Query page(Criteria filter, PageRequest request) {
        Criteria criteria = filter;
        if (request.after() != null) {
            Object value = parse.apply(request.after().sortValue());
            ObjectId id = request.after().id();
            boolean asc = direction == Sort.Direction.ASC;
            Criteria beyond = asc ? Criteria.where(field).gt(value) : Criteria.where(field).lt(value);
            Criteria tie = new Criteria().andOperator(Criteria.where(field).is(value),
                    asc ? Criteria.where("_id").gt(id) : Criteria.where("_id").lt(id));
            criteria = new Criteria().andOperator(filter, new Criteria().orOperator(beyond, tie));
        }
        Query query = new Query(criteria);
        return query.with(Sort.by(direction, field).and(Sort.by(direction, "_id"))).limit(request.first() + 1);
    }

    /** Builds the connection from the rows fetched with {@link #page}. */
    public Connection<T> connection(List<T> rows, PageRequest request, Integer totalCount) {
        boolean hasNext = rows.size() > request.first();
        List<T> visible = hasNext ? rows.subList(0, request.first()) : rows;
        List<Connection.Edge<T>> edges = visible.stream()
                .map(row -> new Connection.Edge<>(new Cursor(valueOf.apply(row), idOf.apply(row)).encode(), row))
                .toList();
        String start = edges.isEmpty() ? null : edges.getFirst().cursor();
        String end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new Connection<>(edges, new Connection.PageInfo(hasNext, request.after() != null, start, end),
                totalCount);
    }
}
