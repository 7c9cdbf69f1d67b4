package io.carepulse.content;

import io.carepulse.platform.security.CurrentCaller;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** {@code contentEvents}: the caller's organisation's content as it is created, edited and moved on. */
@Controller
class ContentSubscription {

    private final ContentChanges changes;

    ContentSubscription(ContentChanges changes) {
        this.changes = changes;
    }

    @SubscriptionMapping
    Flux<ContentChanges.ContentChange> contentEvents() {
        return CurrentCaller.required().flatMapMany(caller -> changes.of(caller.organization()));
    }
}
