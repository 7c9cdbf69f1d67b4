package io.carepulse.platform.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct query text once: dashboards and the SPA send the same few
 * documents over and over. Bounded (least recently used first out), so arbitrary queries cannot
 * grow it without limit.
 */
@Component
class ParsedDocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    static final int MAX_DOCUMENTS = 500;

    private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > MAX_DOCUMENTS;
        }
    };

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached;
        synchronized (documents) {
            cached = documents.get(query);
        }
        if (cached == null) {
            cached = parseAndValidate.apply(input);
            synchronized (documents) {
                documents.put(query, cached);
            }
        }
        return CompletableFuture.completedFuture(cached);
    }
}
