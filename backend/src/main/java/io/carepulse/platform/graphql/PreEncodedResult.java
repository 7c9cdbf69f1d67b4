package io.carepulse.platform.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * An execution result encoded to JSON once, for many recipients. Its specification is an
 * {@link Encoded} map: {@link PreEncodedFrameEncoder} writes its bytes into each subscriber's
 * graphql-ws frame by copying them, and any other JSON writer still sees an ordinary map (of raw
 * JSON values).
 */
public final class PreEncodedResult implements ExecutionResult {

    private final ExecutionResult original;
    private final Encoded specification;

    private PreEncodedResult(ExecutionResult original, Encoded specification) {
        this.original = original;
        this.specification = specification;
    }

    public static PreEncodedResult of(ExecutionResult result, JsonMapper json) {
        Map<String, Object> raw = new LinkedHashMap<>();
        result.toSpecification().forEach((key, value) -> raw.put(key, new RawValue(json.writeValueAsString(value))));
        return new PreEncodedResult(result, new Encoded(Map.copyOf(raw),
                json.writeValueAsBytes(result.toSpecification())));
    }

    /** The specification map of a result with its JSON bytes ({@code {"data":…}}), made once. */
    public static final class Encoded extends AbstractMap<String, Object> {
        private final Map<String, Object> entries;
        private final byte[] json;

        private Encoded(Map<String, Object> entries, byte[] json) {
            this.entries = entries;
            this.json = json;
        }

        /** The JSON of this map; callers must not modify the array. */
        byte[] json() {
            return json;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return entries.entrySet();
        }
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
