package io.carepulse.support;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import java.util.stream.Collectors;

/**
 * Builds a {@code node(id)} query that selects every field of one object type, so an access
 * test tries them all, including fields added later. Object-valued fields select only their
 * {@code __typename}; fields with required arguments are left out.
 */
public final class NodeSelections {

    private NodeSelections() {
    }

    public static String everyField(GraphQLObjectType type) {
        String fields = type.getFieldDefinitions().stream()
                .filter(f -> f.getArguments().stream().noneMatch(NodeSelections::required))
                .map(NodeSelections::select)
                .collect(Collectors.joining(" "));
        return "query node($id: ID!) { node(id: $id) { __typename ... on " + type.getName() + " { " + fields + " } } }";
    }

    private static boolean required(GraphQLArgument argument) {
        return argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue();
    }

    private static String select(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()))
                ? field.getName()
                : field.getName() + " { __typename }";
    }
}
