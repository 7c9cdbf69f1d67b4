package io.carepulse.feedback;

import io.carepulse.platform.security.CurrentCaller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * {@code feedbackInboxEvents}: the caller's organisation's threads as they are created and change,
 * from the log after {@code afterSequence} (what a reconnecting inbox missed), then live.
 */
@Controller
class FeedbackSubscription {

    private final FeedbackChanges changes;

    FeedbackSubscription(FeedbackChanges changes) {
        this.changes = changes;
    }

    @SubscriptionMapping
    Flux<FeedbackChanges.InboxEvent> feedbackInboxEvents(@Argument Long afterSequence) {
        return CurrentCaller.required().flatMapMany(caller -> changes.of(caller.organization(), afterSequence));
    }
}
