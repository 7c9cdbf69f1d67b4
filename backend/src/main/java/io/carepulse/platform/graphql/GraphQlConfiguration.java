package io.carepulse.platform.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars, and the decorators fields and root operations pass through (access rules, audit). */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> Scalars.ALL.forEach(wiring::scalar);
    }

    /** {@code id} of every Node type: a plain function, cheap enough for every row of every page. */
    @Bean
    RuntimeWiringConfigurer nodeIds(List<NodeFetcher<?>> fetchers) {
        return wiring -> fetchers.forEach(fetcher -> wiring.type(fetcher.type(),
                type -> type.dataFetcher("id", env -> globalId(fetcher, env.getSource()))));
    }

    @SuppressWarnings("unchecked")
    private static <T> String globalId(NodeFetcher<T> fetcher, Object source) {
        return GlobalId.encode(fetcher.type(), fetcher.key((T) source));
    }

    @Bean
    GraphQlSourceBuilderCustomizer fieldDecorators(List<FieldDecorator> fieldDecorators,
            List<OperationDecorator> operationDecorators) {
        List<OperationDecorator> ordered = operationDecorators.stream()
                .sorted(Comparator.comparingInt(OperationDecorator::order)).toList();
        return builder -> builder.typeVisitors(List.of(new FieldVisitor(fieldDecorators, ordered)));
    }

    /**
     * Decorates the fields of every object type: first the {@link FieldDecorator}s, then, on root
     * operations, the {@link OperationDecorator}s around them. A field none of them changes keeps
     * its original fetcher (a trivial property fetcher stays trivial).
     */
    private static final class FieldVisitor extends GraphQLTypeVisitorStub {

        private final List<FieldDecorator> fieldDecorators;
        private final List<OperationDecorator> operationDecorators;

        FieldVisitor(List<FieldDecorator> fieldDecorators, List<OperationDecorator> operationDecorators) {
            this.fieldDecorators = fieldDecorators;
            this.operationDecorators = operationDecorators;
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                TraverserContext<GraphQLSchemaElement> context) {
            if (!(context.getParentNode() instanceof GraphQLObjectType parent) || parent.getName().startsWith("__")) {
                return TraversalControl.CONTINUE;
            }
            GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            FieldCoordinates coordinates = FieldCoordinates.coordinates(parent.getName(), field.getName());
            DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
            DataFetcher<?> fetcher = original;
            for (FieldDecorator decorator : fieldDecorators) {
                fetcher = decorator.decorate(parent, field, fetcher);
            }
            OperationDecorator.OperationType type = OperationDecorator.OperationType.of(parent.getName());
            if (type != null) {
                for (OperationDecorator decorator : operationDecorators) {
                    fetcher = decorator.decorate(type, field, fetcher);
                }
            }
            if (fetcher != original) {
                registry.dataFetcher(coordinates, fetcher);
            }
            return TraversalControl.CONTINUE;
        }
    }
}
