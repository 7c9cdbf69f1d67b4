package io.carepulse.platform.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;

/**
 * Wraps the data fetcher of every root operation (Query, Mutation and Subscription fields).
 * Decorators apply in ascending {@link #order()}: a higher order wraps a lower one, so it runs first.
 */
public interface OperationDecorator {

    int order();

    DataFetcher<?> decorate(OperationType type, GraphQLFieldDefinition field, DataFetcher<?> fetcher);

    enum OperationType {
        QUERY, MUTATION, SUBSCRIPTION;

        public static OperationType of(String typeName) {
            return switch (typeName) {
                case "Query" -> QUERY;
                case "Mutation" -> MUTATION;
                case "Subscription" -> SUBSCRIPTION;
                default -> null;
            };
        }
    }
}
