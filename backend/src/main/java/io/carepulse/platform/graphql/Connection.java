package io.carepulse.platform.graphql;

import java.util.List;

/** A Relay cursor connection ({@code XxxConnection} in the schema). */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    /** The same page with each node turned into something else (a view of it), cursors unchanged. */
    public <R> Connection<R> map(java.util.function.Function<T, R> view) {
        return new Connection<>(edges.stream().map(edge -> new Edge<>(edge.cursor(), view.apply(edge.node())))
                .toList(), pageInfo, totalCount);
    }

    /** A page with nothing on it. */
    public static <T> Connection<T> empty() {
        return new Connection<>(List.of(), new PageInfo(false, false, null, null), 0);
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
