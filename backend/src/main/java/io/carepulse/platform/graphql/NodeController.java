package io.carepulse.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code Query.node} and {@code Query.nodes}: any object of the caller's organisation by global ID. */
@Controller
class NodeController {

    private static final int MAX_IDS = 100;

    private final Nodes nodes;

    NodeController(Nodes nodes) {
        this.nodes = nodes;
    }

    @QueryMapping
    Mono<Object> node(@Argument String id) {
        GlobalId parsed = GlobalId.parse(id);
        if (parsed == null || !nodes.knows(parsed.type())) {
            return Mono.error(new BadInputException("id is not a valid global ID", "id"));
        }
        return nodes.fetch(id);
    }

    @QueryMapping
    Mono<List<Object>> nodes(@Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            return Mono.error(new BadInputException("ids may hold at most " + MAX_IDS + " IDs", "ids"));
        }
        return Flux.fromIterable(ids)
                .concatMap(id -> nodes.fetch(id).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .collectList()
                .map(found -> {
                    List<Object> nodes = new ArrayList<>(found.size());
                    found.forEach(node -> nodes.add(node.orElse(null)));
                    return nodes;
                });
    }
}
