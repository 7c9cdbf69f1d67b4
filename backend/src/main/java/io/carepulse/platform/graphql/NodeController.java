package io.carepulse.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code Query.node} and {@code Query.nodes}: any object of the caller's organisation by global ID. */
@Controller
class NodeController {

    private static final int MAX_IDS = 100;

    private final Map<String, NodeFetcher<?>> fetchers;

    NodeController(List<NodeFetcher<?>> fetchers) {
        this.fetchers = fetchers.stream().collect(Collectors.toMap(NodeFetcher::type, Function.identity()));
    }

    @QueryMapping
    Mono<Object> node(@Argument String id) {
        GlobalId parsed = GlobalId.parse(id);
        if (parsed == null || !fetchers.containsKey(parsed.type())) {
            return Mono.error(new BadInputException("id is not a valid global ID", "id"));
        }
        return fetchers.get(parsed.type()).fetch(parsed.key()).map(Object.class::cast);
    }

    @QueryMapping
    Mono<List<Object>> nodes(@Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            return Mono.error(new BadInputException("ids may hold at most " + MAX_IDS + " IDs", "ids"));
        }
        return Flux.fromIterable(ids)
                .concatMap(id -> {
                    GlobalId parsed = GlobalId.parse(id);
                    NodeFetcher<?> fetcher = parsed == null ? null : fetchers.get(parsed.type());
                    Mono<?> found = fetcher == null ? Mono.empty() : fetcher.fetch(parsed.key());
                    return found.map(Optional::<Object>of).defaultIfEmpty(Optional.empty());
                })
                .collectList()
                .map(found -> {
                    List<Object> nodes = new ArrayList<>(found.size());
                    found.forEach(node -> nodes.add(node.orElse(null)));
                    return nodes;
                });
    }
}
