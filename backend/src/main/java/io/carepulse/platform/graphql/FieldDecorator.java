package io.carepulse.platform.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;

/**
 * Wraps the data fetcher of any field of any object type, root operations included (inside the
 * {@link OperationDecorator}s of a root field). Returning the fetcher unchanged leaves the field
 * as it is, so decorators touch only the fields they are about. Called once per field while the
 * schema is built: a decorator may refuse a schema it cannot enforce by throwing.
 */
public interface FieldDecorator {

    DataFetcher<?> decorate(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher);
}
