package io.carepulse.audit;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * The values a mutation's input set in fields of enum type, walked by the schema: the only input
 * values the audit log keeps. An enum's values are the schema's own names, so they can carry no
 * free text; every other field is recorded by name only.
 */
final class EnumInputs {

    private EnumInputs() {
    }

    static void collect(GraphQLInputObjectType type, Object value, String prefix, List<Document> into) {
        if (!(value instanceof Map<?, ?> map)) {
            return;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            GraphQLInputObjectField field = type.getField(String.valueOf(entry.getKey()));
            if (field == null || entry.getValue() == null) {
                continue;
            }
            String path = prefix + field.getName();
            GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
            if (named instanceof GraphQLEnumType) {
                into.add(new Document("field", path).append("from", null).append("to", text(entry.getValue())));
            } else if (named instanceof GraphQLInputObjectType nested && entry.getValue() instanceof Map<?, ?>) {
                collect(nested, entry.getValue(), path + ".", into);
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(EnumInputs::text).collect(Collectors.joining(", "));
        }
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

}
