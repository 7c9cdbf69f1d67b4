package io.carepulse.platform.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * An execution result encoded to JSON once, for many recipients: its specification map holds
 * the already-encoded {@code data} (and {@code errors}, {@code extensions}) as raw JSON, so the
 * WebSocket codec copies bytes for each subscriber instead of walking the result again.
 */
public final class PreEncodedResult implements ExecutionResult {

    private final ExecutionResult original;
    private final Map<String, Object> specification;

    private PreEncodedResult(ExecutionResult original, Map<String, Object> specification) {
        this.original = original;
        this.specification = specification;
    }

    public static PreEncodedResult of(ExecutionResult result, JsonMapper json) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        result.toSpecification().forEach((key, value) -> encoded.put(key, new RawValue(json.writeValueAsString(value))));
        return new PreEncodedResult(result, Collections.unmodifiableMap(encoded));
    }

    @Override
    public List<GraphQLError> getErrors() {
        return original.getErrors();
    }

    @Override
    public <T> T getData() {
        return original.getData();
    }

    @Override
    public boolean isDataPresent() {
        return original.isDataPresent();
    }

    @Override
    public Map<Object, Object> getExtensions() {
        return original.getExtensions();
    }

    @Override
    public Map<String, Object> toSpecification() {
        return specification;
    }
}
