package io.carepulse.feedback;

import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdateOutcome;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code FeedbackSettings}: the first-response time per priority (ADMIN changes them). */
@Controller
class FeedbackSettingsController {

    static final int MINUTES_MAX = 30 * 24 * 60;
    static final int RETENTION_MIN = 30;
    static final int RETENTION_MAX = 3650;

    record FirstResponseTimeInput(FeedbackThread.Priority priority, int minutes) {
    }

    record UpdateFeedbackSettingsInput(int expectedVersion, List<FirstResponseTimeInput> firstResponseMinutes,
            Boolean websiteForm, Integer messageRetentionDays) {
    }

    record UpdateFeedbackSettingsPayload(FeedbackSettings feedbackSettings, List<UserError> userErrors)
            implements MutationPayload {

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return "FeedbackSettings";
        }
    }

    private final TenantMongo mongo;
    private final Clock clock;

    FeedbackSettingsController(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The caller's organisation's inbox rules, or the defaults. */
    Mono<FeedbackSettings> current() {
        return mongo.tenant().flatMap(org -> mongo.findById(org, FeedbackSettings.class)
                .defaultIfEmpty(FeedbackSettings.defaults(org)));
    }

    @QueryMapping
    Mono<FeedbackSettings> feedbackSettings() {
        return current();
    }

    @MutationMapping
    Mono<UpdateFeedbackSettingsPayload> updateFeedbackSettings(@Argument UpdateFeedbackSettingsInput input) {
        InputChecks checks = new InputChecks();
        List<FirstResponseTimeInput> given = input.firstResponseMinutes() == null ? List.of()
                : input.firstResponseMinutes();
        Set<FeedbackThread.Priority> seen = EnumSet.noneOf(FeedbackThread.Priority.class);
        for (int i = 0; i < given.size(); i++) {
            String at = String.valueOf(i);
            checks.check(seen.add(given.get(i).priority()), UserErrorCode.INVALID,
                    "Give each priority one time; " + given.get(i).priority().name().toLowerCase() + " is listed twice",
                    "firstResponseMinutes", at, "priority");
            checks.check(given.get(i).minutes() >= 1 && given.get(i).minutes() <= MINUTES_MAX, UserErrorCode.INVALID,
                    "Enter a number of minutes from 1 to " + InputChecks.count(MINUTES_MAX) + " (30 days)",
                    "firstResponseMinutes", at, "minutes");
        }
        checks.check(input.messageRetentionDays() == null || input.messageRetentionDays() >= RETENTION_MIN
                && input.messageRetentionDays() <= RETENTION_MAX, UserErrorCode.INVALID, "Enter a whole number of "
                        + "days from " + RETENTION_MIN + " to " + InputChecks.count(RETENTION_MAX), "messageRetentionDays");
        if (!checks.ok()) {
            return Mono.just(new UpdateFeedbackSettingsPayload(null, checks.errors()));
        }
        return current().flatMap(settings -> {
            int retention = input.messageRetentionDays() != null ? input.messageRetentionDays()
                    : settings.messageRetentionDays();
            List<FeedbackSettings.FirstResponseTime> times = new ArrayList<>();
            for (FeedbackSettings.FirstResponseTime time : settings.firstResponseMinutes()) {
                times.add(given.stream().filter(g -> g.priority() == time.priority()).findFirst()
                        .map(g -> new FeedbackSettings.FirstResponseTime(g.priority(), g.minutes())).orElse(time));
            }
            Mono<UpdateOutcome<FeedbackSettings>> outcome = input.expectedVersion() == 0 && settings.version() == 0
                    ? mongo.insert(org -> new FeedbackSettings(org, org, times, input.websiteForm() != null
                            ? input.websiteForm() : settings.websiteForm(), retention, clock.instant(), 1))
                            .<UpdateOutcome<FeedbackSettings>>map(UpdateOutcome.Updated::new)
                            .onErrorResume(DuplicateKeyException.class, e -> current()
                                    .map(now -> new UpdateOutcome.Conflict<>(now.version())))
                    : mongo.updateVersioned(settings.id(), input.expectedVersion(), null, new Update()
                            .set("firstResponseMinutes", times).set("websiteForm", input.websiteForm() != null
                                    ? input.websiteForm() : settings.websiteForm())
                            .set("messageRetentionDays", retention).set("updatedAt", clock.instant()),
                            FeedbackSettings.class)
                            .map(result -> result instanceof UpdateOutcome.NotFound<FeedbackSettings>
                                    ? new UpdateOutcome.Conflict<FeedbackSettings>(0) : result);
            return outcome.map(result -> UpdatePayloads.of(result, "inbox settings",
                    UpdateFeedbackSettingsPayload::new));
        });
    }
}
