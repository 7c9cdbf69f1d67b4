package io.carepulse.platform.graphql;

import java.util.List;

/** A Relay cursor connection ({@code XxxConnection} in the schema). */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
