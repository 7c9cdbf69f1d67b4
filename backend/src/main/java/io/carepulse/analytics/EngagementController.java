package io.carepulse.analytics;

import io.carepulse.analytics.EngagementIntake.EngagementItemInput;
import io.carepulse.analytics.EngagementIntake.Numbered;
import io.carepulse.analytics.EngagementIntake.RecordEngagementPayload;
import io.carepulse.platform.events.RollupRebuild;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Engagement's mutations: {@code recordEngagement} for connector clients, {@code rebuildRollups} for
 * admins (engagement's roll-ups and every feature's {@link RollupRebuild}).
 */
@Controller
class EngagementController {

    record RebuildRollupsInput(String reason) {
    }

    record RebuildRollupsPayload(boolean queued, List<UserError> userErrors)
            implements EngagementIntake.EngagementPayload {
    }

    private final EngagementIntake intake;
    private final List<RollupRebuild> rebuilds;

    EngagementController(EngagementIntake intake, List<RollupRebuild> rebuilds) {
        this.intake = intake;
        this.rebuilds = List.copyOf(rebuilds);
    }

    @MutationMapping
    Mono<RecordEngagementPayload> recordEngagement(@Argument Map<String, Object> input) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> given = (List<Map<String, Object>>) input.getOrDefault("items", List.of());
        List<EngagementItemInput> items = given.stream().map(EngagementItemInput::of).toList();
        if (items.size() > EngagementIntake.ITEMS_MAX) {
            return Mono.just(new RecordEngagementPayload(0, null, List.of(UserError.onInput(UserErrorCode.INVALID,
                    "Send at most " + InputChecks.count(EngagementIntake.ITEMS_MAX) + " items a call (this one had "
                            + InputChecks.count(items.size()) + ")", "items"))));
        }
        List<Numbered> numbered = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            numbered.add(new Numbered(items.get(i), i, new String[] {"items", String.valueOf(i)}));
        }
        return intake.record(numbered, EngagementBatch.SourceKind.API, null, null);
    }

    @MutationMapping
    Mono<RebuildRollupsPayload> rebuildRollups(@Argument RebuildRollupsInput input) {
        InputChecks checks = new InputChecks();
        checks.text("reason", input.reason(), 500, true);
        if (!checks.ok()) {
            return Mono.just(new RebuildRollupsPayload(false, checks.errors()));
        }
        // Engagement's is queued behind the batches before it; the other features' (feedback's and live
        // Q&A's summaries) are made again before the answer.
        return CurrentCaller.required().flatMap(intake::rebuild)
                .then(Flux.fromIterable(rebuilds).concatMap(RollupRebuild::rebuild).then())
                .thenReturn(new RebuildRollupsPayload(true, List.of()));
    }
}
