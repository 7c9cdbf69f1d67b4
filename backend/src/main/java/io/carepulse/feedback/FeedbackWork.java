package io.carepulse.feedback;

import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.security.Role;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdateOutcome;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Working a thread: internal notes, assignment (and priority, which moves the first-response due
 * time), status and tags. Each change is written with the thread's event; notes and tags need no
 * version (adding one overwrites nobody), assignment and status compare and set.
 */
@Controller
class FeedbackWork {

    static final int NOTE_MAX = 5_000;

    record AddFeedbackNoteInput(String threadId, String text) {
    }

    record AssignFeedbackInput(String threadId, int expectedVersion, String assigneeId,
            FeedbackThread.Priority priority) {
    }

    record SetFeedbackStatusInput(String threadId, int expectedVersion, Status status) {
    }

    record TagFeedbackInput(String threadId, List<String> tags) {
    }

    /** Every payload of this controller: the thread as the change left it. */
    record ThreadPayload(FeedbackThread thread, List<UserError> userErrors) implements MutationPayload {

        @Override
        public String auditTargetId() {
            return thread == null ? null : GlobalId.encode(FeedbackThread.TYPE, thread.id());
        }

        @Override
        public String auditTargetType() {
            return FeedbackThread.TYPE;
        }
    }

    private static final UserError NOT_FOUND = UserError.onInput(UserErrorCode.NOT_FOUND,
            "No feedback thread with this ID", "threadId");
    private static final Set<Role> MAY_BE_ASSIGNED = Set.of(Role.ADMIN, Role.MARKETER, Role.COMPLIANCE_OFFICER,
            Role.CLINICAL_REVIEWER);

    private final FeedbackController threads;
    private final FeedbackChanges changes;
    private final FeedbackSettingsController settings;
    private final Directory directory;
    private final TenantMongo mongo;
    private final Clock clock;

    FeedbackWork(FeedbackController threads, FeedbackChanges changes, FeedbackSettingsController settings,
            Directory directory, TenantMongo mongo, Clock clock) {
        this.threads = threads;
        this.changes = changes;
        this.settings = settings;
        this.directory = directory;
        this.mongo = mongo;
        this.clock = clock;
    }

    @MutationMapping
    Mono<ThreadPayload> addFeedbackNote(@Argument AddFeedbackNoteInput input) {
        InputChecks checks = new InputChecks();
        String text = checks.text("text", input.text(), NOTE_MAX, true);
        if (!checks.ok()) {
            return Mono.just(new ThreadPayload(null, checks.errors()));
        }
        return onThread(input.threadId(), (thread, caller) -> {
            String onlyAssigned = FeedbackController.onlyAssigned(caller);
            if (onlyAssigned != null && !onlyAssigned.equals(thread.assignee())) {
                return Mono.just(new ThreadPayload(null, List.of(NOT_FOUND)));
            }
            Instant now = clock.instant();
            return changes.relayed(mongo.findAndModify(Query.query(Criteria.where("_id").is(thread.id())),
                    changes.with(new Update().push("notes", new FeedbackThread.Note(new ObjectId().toHexString(), text,
                            caller.subject(), now)).set("updatedAt", now), FeedbackChanges.Kind.UPDATED,
                            thread.organizationId()), FeedbackThread.class))
                    .map(updated -> new ThreadPayload(updated, List.of()));
        });
    }

    @MutationMapping
    Mono<ThreadPayload> assignFeedback(@Argument AssignFeedbackInput input) {
        GlobalId user = input.assigneeId() == null ? null : GlobalId.parse(input.assigneeId());
        if (input.assigneeId() != null && (user == null || !user.type().equals(User.TYPE))) {
            return Mono.just(new ThreadPayload(null, List.of(notAssignable())));
        }
        Mono<Boolean> assignable = user == null ? Mono.just(true) : directory.user(user.key())
                .map(found -> found.roles().stream().anyMatch(MAY_BE_ASSIGNED::contains)).defaultIfEmpty(false);
        return assignable.flatMap(ok -> !ok ? Mono.just(new ThreadPayload(null, List.of(notAssignable())))
                : onThread(input.threadId(), (thread, caller) -> settings.current().flatMap(rules -> {
                    Update update = new Update().set("assignee", user == null ? null : user.key())
                            .set("updatedAt", clock.instant());
                    if (input.priority() != null && input.priority() != thread.priority()) {
                        update.set("priority", input.priority()).set("firstResponseDueAt",
                                rules.dueAt(thread.messages().getFirst().sentAt(), input.priority()));
                    }
                    return versioned(thread, input.expectedVersion(), update);
                })));
    }

    private static UserError notAssignable() {
        return UserError.onInput(UserErrorCode.INVALID, "Choose a member of staff who works the inbox or reviews",
                "assigneeId");
    }

    @MutationMapping
    Mono<ThreadPayload> setFeedbackStatus(@Argument SetFeedbackStatusInput input) {
        return onThread(input.threadId(), (thread, caller) -> {
            if (!thread.status().canMoveTo(input.status())) {
                return Mono.just(new ThreadPayload(null, List.of(UserError.onInput(UserErrorCode.INVALID_STATE,
                        "A " + words(thread.status()) + " thread cannot become " + words(input.status()), "status"))));
            }
            return Mono.deferContextual(context -> {
                PendingAudit.note(context, "status", thread.status(), input.status());
                return versioned(thread, input.expectedVersion(), new Update().set("status", input.status())
                        .set("updatedAt", clock.instant()));
            });
        });
    }

    @MutationMapping
    Mono<ThreadPayload> tagFeedback(@Argument TagFeedbackInput input) {
        InputChecks checks = new InputChecks();
        List<String> tags = SavedReplies.tags(checks, input.tags());
        if (!checks.ok()) {
            return Mono.just(new ThreadPayload(null, checks.errors()));
        }
        return onThread(input.threadId(), (thread, caller) -> changes.relayed(mongo.findAndModify(
                        Query.query(Criteria.where("_id").is(thread.id())), changes.with(new Update().set("tags", tags)
                                .set("updatedAt", clock.instant()), FeedbackChanges.Kind.UPDATED,
                                thread.organizationId()), FeedbackThread.class))
                .map(updated -> new ThreadPayload(updated, List.of())));
    }

    private Mono<ThreadPayload> versioned(FeedbackThread thread, int expectedVersion, Update update) {
        return changes.relayedOutcome(mongo.updateVersioned(thread.id(), expectedVersion, null, changes.with(update,
                        FeedbackChanges.Kind.UPDATED, thread.organizationId()), FeedbackThread.class))
                .map(outcome -> outcome instanceof UpdateOutcome.NotFound<FeedbackThread>
                        ? new ThreadPayload(null, List.of(NOT_FOUND))
                        : UpdatePayloads.of(outcome, "thread", ThreadPayload::new));
    }

    /** The change to a thread the caller may see, by ID; NOT_FOUND otherwise. */
    private Mono<ThreadPayload> onThread(String threadId, BiFunction<FeedbackThread, Caller, Mono<ThreadPayload>> change) {
        ObjectId id = GlobalId.objectId(threadId, FeedbackThread.TYPE);
        if (id == null) {
            return Mono.just(new ThreadPayload(null, List.of(NOT_FOUND)));
        }
        return Mono.zip(threads.visible(id), CurrentCaller.required())
                .flatMap(found -> change.apply(found.getT1(), found.getT2()))
                .defaultIfEmpty(new ThreadPayload(null, List.of(NOT_FOUND)));
    }

    private static String words(Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
