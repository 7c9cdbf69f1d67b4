package io.carepulse.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Any object by its global ID, through the {@link NodeFetcher} of its type: scoped to the
 * caller's organisation like every read. Objects the caller may not see are hidden by the
 * schema's type rules wherever a field returns them, as for {@code node(id)}.
 */
@Component
public class Nodes {

    private final Map<String, NodeFetcher<?>> fetchers;

    Nodes(List<NodeFetcher<?>> fetchers) {
        this.fetchers = fetchers.stream().collect(Collectors.toMap(NodeFetcher::type, Function.identity()));
    }

    /** Whether global IDs of this type can be fetched. */
    boolean knows(String type) {
        return fetchers.containsKey(type);
    }

    /** The object, or empty when the ID is malformed, of an unknown type, or names nothing the caller's organisation holds. */
    public Mono<Object> fetch(String globalId) {
        GlobalId parsed = globalId == null ? null : GlobalId.parse(globalId);
        NodeFetcher<?> fetcher = parsed == null ? null : fetchers.get(parsed.type());
        return fetcher == null ? Mono.empty() : fetcher.fetch(parsed.key()).map(Object.class::cast);
    }
}
