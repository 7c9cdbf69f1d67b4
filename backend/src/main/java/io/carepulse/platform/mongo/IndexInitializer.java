package io.carepulse.platform.mongo;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Creates every declared index before the server takes traffic, so unique constraints hold
 * from the first request. Runs once on the main thread at startup, where waiting is allowed.
 */
@Component
class IndexInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

    private final ReactiveMongoTemplate mongo;
    private final List<IndexDeclaration> declarations;

    IndexInitializer(ReactiveMongoTemplate mongo, List<IndexDeclaration> declarations) {
        this.mongo = mongo;
        this.declarations = declarations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Long created = Flux.fromIterable(declarations)
                .concatMap(d -> Flux.fromIterable(d.indexes())
                        .concatMap(index -> mongo.indexOps(d.collection()).createIndex(index)))
                .count()
                .block(Duration.ofSeconds(60));
        log.info("Ensured {} MongoDB indexes", created);
    }
}
