package io.carepulse.platform.limits;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an operation costs, after Shopify's model: every object returned costs 1, scalars and
 * enums nothing; a list costs its expected length times what each element costs: the
 * {@code first} or {@code last} it asks for (or that argument's default), the IDs it names
 * ({@code nodes}), or else {@link #UNPAGED_LIST} for short lists without paging; a connection's
 * {@code edges} take the connection's page size. Each mutation field costs {@link #WRITE} more.
 * The actual cost of a result is the number of objects in it.
 */
final class QueryCost {

    /** Expected length of a short list that takes no page size (a question's PHI findings, a campaign's segments). */
    static final int UNPAGED_LIST = 3;
    /**
     * Page sizes are counted up to the largest any field accepts (100 rows of a connection, 500
     * of a plain list): a larger one is refused by the field itself, with an error naming it.
     */
    static final int CONNECTION_PAGE_MAX = 100;
    static final int LIST_PAGE_MAX = 500;
    /** The default page of a connection when neither first nor last is given (PageRequest.DEFAULT_PAGE). */
    static final int DEFAULT_PAGE = 20;
    static final int WRITE = 10;

    private QueryCost() {
    }

    static long of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        long cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            cost += of(field, schema, null);
            if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
                cost += WRITE;
            }
        }
        return cost;
    }

    /** What the operation's writes cost: {@link #WRITE} per mutation field. */
    static long writes(ExecutableNormalizedOperation operation) {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION
                ? (long) WRITE * operation.getTopLevelFields().size() : 0;
    }

    /** @param pageSize the page size its connection asked for, for a connection's {@code edges} */
    private static long of(ExecutableNormalizedField field, GraphQLSchema schema, Integer pageSize) {
        GraphQLOutputType type = field.getType(schema);
        if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))) {
            return 0;
        }
        Integer asked = pageArgument(field);
        if (asked != null) {
            asked = Math.min(asked, isConnection(type) ? CONNECTION_PAGE_MAX : LIST_PAGE_MAX);
        }
        // A connection's page size is its edges' length; a plain list's page size is its own.
        Integer edges = isConnection(type) ? (asked != null ? asked : DEFAULT_PAGE) : null;
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children += of(child, schema, edges);
        }
        long each = 1 + children;
        if (!(GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList)) {
            return each;
        }
        long length = asked != null ? asked
                : field.getResolvedArguments().get("ids") instanceof Collection<?> ids ? ids.size()
                : pageSize != null ? pageSize : UNPAGED_LIST;
        return length * each;
    }

    private static Integer pageArgument(ExecutableNormalizedField field) {
        Map<String, Object> arguments = field.getResolvedArguments();
        for (String name : List.of("first", "last")) {
            if (arguments.get(name) instanceof Number number) {
                return Math.max(0, number.intValue());
            }
        }
        return null;
    }

    private static boolean isConnection(GraphQLOutputType type) {
        return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLNamedType named && named.getName().endsWith("Connection");
    }

    /** The objects a result holds (the root not counted). */
    static long actual(Object data) {
        if (data instanceof Map<?, ?> map) {
            long count = 0;
            for (Object value : map.values()) {
                count += (value instanceof Map<?, ?> ? 1 : 0) + actual(value);
            }
            return count;
        }
        if (data instanceof List<?> list) {
            long count = 0;
            for (Object item : list) {
                count += (item instanceof Map<?, ?> ? 1 : 0) + actual(item);
            }
            return count;
        }
        return 0;
    }
}
