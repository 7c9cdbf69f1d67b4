package io.carepulse.content;

import io.carepulse.content.ContentInputs.ConfirmTakedownInput;
import io.carepulse.content.ContentInputs.PublishContentInput;
import io.carepulse.content.ContentInputs.RetractContentInput;
import io.carepulse.content.ContentInputs.ScheduleContentInput;
import io.carepulse.content.ContentInputs.UnscheduleContentInput;
import io.carepulse.content.ContentPayloads.ConfirmTakedownPayload;
import io.carepulse.content.ContentPayloads.PublishContentPayload;
import io.carepulse.content.ContentPayloads.RetractContentPayload;
import io.carepulse.content.ContentPayloads.ScheduleContentPayload;
import io.carepulse.content.ContentPayloads.UnscheduleContentPayload;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdatePayloads;
import io.carepulse.segment.Channel;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Scheduling, publishing and retracting. Scheduling and publishing check, at that moment, that
 * the approval still holds, the PHI guard and a story's consent (valid until the publication);
 * the scheduler ({@link ContentScheduler}) checks again when the time comes.
 */
@Controller
class ContentPublications {

    private final TenantMongo mongo;
    private final Contents contents;
    private final ContentChecks checks;
    private final ContentPublishing publishing;
    private final OrganizationSettingsStore settings;
    private final Clock clock;
    private final ContentChanges changes;
    private final ContentSteps steps;

    ContentPublications(TenantMongo mongo, Contents contents, ContentChecks checks, ContentPublishing publishing,
            OrganizationSettingsStore settings, ContentChanges changes, ContentSteps steps, Clock clock) {
        this.steps = steps;
        this.changes = changes;
        this.mongo = mongo;
        this.contents = contents;
        this.checks = checks;
        this.publishing = publishing;
        this.settings = settings;
        this.clock = clock;
    }

    @MutationMapping
    Mono<ScheduleContentPayload> scheduleContent(@Argument ScheduleContentInput input) {
        return steps.load(input.contentId(), input.expectedVersion(), ScheduleContentPayload::new, (current, caller) -> {
            if (current.status() != ContentStatus.APPROVED) {
                return ContentSteps.fail(ScheduleContentPayload::new, ContentSteps.cannot(current.status(), "scheduled"));
            }
            Instant now = clock.instant();
            if (input.publishAt() == null || !input.publishAt().isAfter(now)) {
                return ContentSteps.fail(ScheduleContentPayload::new, UserError.onInput(UserErrorCode.INVALID,
                        "Choose a publication time in the future", "publishAt"));
            }
            UserError channelError = channelsError(current, input.channels());
            if (channelError != null) {
                return ContentSteps.fail(ScheduleContentPayload::new, channelError);
            }
            return ready(current, input.publishAt(), now).flatMap(errors -> !errors.isEmpty()
                    ? Mono.just(new ScheduleContentPayload(null, errors))
                    : steps.move(current, ContentStatus.SCHEDULED, new Update().set("publishAt", input.publishAt())
                            .set("publications", pending(current, input.channels())), ScheduleContentPayload::new));
        });
    }

    @MutationMapping
    Mono<UnscheduleContentPayload> unscheduleContent(@Argument UnscheduleContentInput input) {
        return steps.load(input.contentId(), input.expectedVersion(), UnscheduleContentPayload::new, (current, caller) ->
                current.status() != ContentStatus.SCHEDULED
                        ? ContentSteps.fail(UnscheduleContentPayload::new, ContentSteps.cannot(current.status(), "unscheduled"))
                        : steps.move(current, ContentStatus.APPROVED, new Update().unset("publishAt")
                                .set("publications", List.of()), UnscheduleContentPayload::new));
    }

    @MutationMapping
    Mono<PublishContentPayload> publishContent(@Argument PublishContentInput input) {
        return steps.load(input.contentId(), input.expectedVersion(), PublishContentPayload::new, (current, caller) -> {
            boolean scheduled = current.status() == ContentStatus.SCHEDULED;
            if (!scheduled && current.status() != ContentStatus.APPROVED) {
                return ContentSteps.fail(PublishContentPayload::new, ContentSteps.cannot(current.status(), "published"));
            }
            UserError channelError = scheduled ? null : channelsError(current, input.channels());
            if (channelError != null) {
                return ContentSteps.fail(PublishContentPayload::new, channelError);
            }
            Instant now = clock.instant();
            return ready(current, now, now).flatMap(errors -> {
                if (!errors.isEmpty()) {
                    return Mono.just(new PublishContentPayload(null, errors));
                }
                Update update = new Update().set("updatedAt", now);
                if (!scheduled) {
                    update.set("publications", pending(current, input.channels()));
                }
                return Mono.deferContextual(context -> {
                    PendingAudit.note(context, "status", current.status(), ContentStatus.PUBLISHED);
                    return mongo.updateVersioned(current.id(), current.version(),
                            Criteria.where("status").is(current.status()), update, Content.class);
                }).flatMap(outcome -> outcome instanceof io.carepulse.platform.tenancy.UpdateOutcome.Updated<Content>
                        updated ? publishing.publishPending(updated.document().id())
                                .map(done -> new PublishContentPayload(done, List.of()))
                        : Mono.just(UpdatePayloads.of(outcome, "content", PublishContentPayload::new)));
            });
        });
    }

    @MutationMapping
    Mono<RetractContentPayload> retractContent(@Argument RetractContentInput input) {
        return steps.load(input.contentId(), input.expectedVersion(), RetractContentPayload::new, (current, caller) -> {
            if (current.status() != ContentStatus.PUBLISHED) {
                return ContentSteps.fail(RetractContentPayload::new, ContentSteps.cannot(current.status(), "retracted"));
            }
            String reason = input.reason() == null ? "" : input.reason().strip();
            if (reason.isEmpty() || reason.length() > 1000) {
                return ContentSteps.fail(RetractContentPayload::new, UserError.onInput(UserErrorCode.REQUIRED,
                        "Say why it is retracted (at most 1,000 characters)", "reason"));
            }
            return Mono.deferContextual(context -> {
                PendingAudit.note(context, "status", ContentStatus.PUBLISHED, ContentStatus.RETRACTED);
                return publishing.retract(current, reason);
            }).map(retracted -> new RetractContentPayload(retracted, List.of()))
                    .defaultIfEmpty(new RetractContentPayload(null, List.of(UpdatePayloads.conflict("content",
                            current.version()))));
        });
    }

    @MutationMapping
    Mono<ConfirmTakedownPayload> confirmTakedown(@Argument ConfirmTakedownInput input) {
        ObjectId id = GlobalId.objectId(input.contentId(), Content.TYPE);
        if (id == null) {
            return Mono.just(new ConfirmTakedownPayload(null, List.of(ContentSteps.NOT_FOUND)));
        }
        return Mono.zip(contents.byId(id), CurrentCaller.required()).flatMap(found -> {
            List<Content.Takedown> takedowns = found.getT1().takedowns();
            for (int i = 0; i < takedowns.size(); i++) {
                if (takedowns.get(i).channel() == input.channel()
                        && takedowns.get(i).state() == Content.TakedownState.OPEN) {
                    String at = "takedowns." + i + ".";
                    Query open = Query.query(Criteria.where("_id").is(id).and(at + "channel").is(input.channel())
                            .and(at + "state").is(Content.TakedownState.OPEN));
                    Update confirm = new Update().set(at + "state", Content.TakedownState.CONFIRMED)
                            .set(at + "confirmedBy", found.getT2().subject()).set(at + "confirmedAt", clock.instant())
                            .inc("version", 1);
                    return changes.relayedContent(mongo.findAndModify(open, changes.with(confirm,
                            ContentChanges.Kind.UPDATED, found.getT1().organizationId()), Content.class));
                }
            }
            return Mono.<Content>empty();
        })
                .map(done -> new ConfirmTakedownPayload(done, List.of()))
                .defaultIfEmpty(new ConfirmTakedownPayload(null, List.of(UserError.onInput(UserErrorCode.NOT_FOUND,
                        "No open take-down on this channel", "channel"))));
    }

    /** The checks of {@link ContentChecks#forPublication} with the organisation's review validity. */
    private Mono<List<UserError>> ready(Content content, Instant at, Instant now) {
        return settings.current().flatMap(org -> checks.forPublication(content, at, now, org.reviewValidityDays()));
    }

    private static UserError channelsError(Content content, List<Channel> channels) {
        if (channels == null) {
            return content.variants().isEmpty() ? UserError.onInput(UserErrorCode.REQUIRED,
                    "Write the text for at least one channel first", "channels") : null;
        }
        if (channels.isEmpty()) {
            return UserError.onInput(UserErrorCode.REQUIRED, "Choose at least one channel", "channels");
        }
        for (int i = 0; i < channels.size(); i++) {
            Channel channel = channels.get(i);
            if (content.variants().stream().noneMatch(v -> v.channel() == channel)) {
                return UserError.onInput(UserErrorCode.INVALID, "Write the text for " + ContentRules.name(channel)
                        + " first", "channels", String.valueOf(i));
            }
        }
        return null;
    }

    private static List<Content.Publication> pending(Content content, List<Channel> channels) {
        List<Channel> chosen = channels == null ? content.variants().stream().map(Content.Variant::channel).toList()
                : List.copyOf(new LinkedHashSet<>(channels));
        return chosen.stream().map(channel -> new Content.Publication(channel, Content.PublicationState.PENDING, null,
                null, null)).toList();
    }
}
