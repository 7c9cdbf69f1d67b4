package io.carepulse.platform.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
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

/** Scalars and the decorators every root operation passes through (access rules, audit). */
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
    GraphQlSourceBuilderCustomizer operationDecorators(List<OperationDecorator> decorators) {
        List<OperationDecorator> ordered = decorators.stream()
                .sorted(Comparator.comparingInt(OperationDecorator::order)).toList();
        return builder -> builder.typeVisitors(List.of(new RootFieldVisitor(ordered)));
    }

    private static final class RootFieldVisitor extends GraphQLTypeVisitorStub {

        private final List<OperationDecorator> decorators;

        RootFieldVisitor(List<OperationDecorator> decorators) {
            this.decorators = decorators;
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                TraverserContext<GraphQLSchemaElement> context) {
            if (!(context.getParentNode() instanceof GraphQLFieldsContainer parent)) {
                return TraversalControl.CONTINUE;
            }
            OperationDecorator.OperationType type = OperationDecorator.OperationType.of(parent.getName());
            if (type == null) {
                return TraversalControl.CONTINUE;
            }
            GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            FieldCoordinates coordinates = FieldCoordinates.coordinates(parent.getName(), field.getName());
            DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
            for (OperationDecorator decorator : decorators) {
                fetcher = decorator.decorate(type, field, fetcher);
            }
            registry.dataFetcher(coordinates, fetcher);
            return TraversalControl.CONTINUE;
        }
    }
}
