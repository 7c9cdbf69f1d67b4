package io.carepulse.feedback;

import io.carepulse.content.ChannelPublisher;
import io.carepulse.organization.OrganizationSettingsStore;
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
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Staff replies. Each is screened by the {@link ReplyGuard} first: a finding refuses it with
 * {@code userErrors} (code and span) and a compliant saved reply to send instead, unless a
 * COMPLIANCE_OFFICER gives a justification (kept on the message, audited). The reply is recorded
 * with the thread's change and event in one write, and then sent through the content feature's
 * {@link ChannelPublisher} (recorded by default, the organisation's webhook when it has one) under
 * an idempotency key of the thread and message, the sending service's ID kept once it answers.
 */
@Controller
class FeedbackReplies {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackReplies.class);
    static final int TEXT_MAX = 5_000;
    static final int JUSTIFICATION_MIN = 20;

    record ReplyToFeedbackInput(String threadId, int expectedVersion, String text, String savedReplyId,
            String overrideJustification) {
    }

    record ReplyToFeedbackPayload(FeedbackThread thread, SavedReply suggestedReply, List<UserError> userErrors)
            implements MutationPayload {

        @Override
        public String auditTargetId() {
            return thread == null ? null : GlobalId.encode(FeedbackThread.TYPE, thread.id());
        }

        @Override
        public String auditTargetType() {
            return FeedbackThread.TYPE;
        }
    }

    record ReplyScreening(List<ReplyGuard.Finding> findings, boolean sendable, SavedReply suggestedReply) {
    }

    private final FeedbackController threads;
    private final FeedbackChanges changes;
    private final SavedReplies savedReplies;
    private final ReplyGuard guard;
    private final OrganizationSettingsStore organization;
    private final ChannelPublisher publisher;
    private final TenantMongo mongo;
    private final Clock clock;

    FeedbackReplies(FeedbackController threads, FeedbackChanges changes, SavedReplies savedReplies, ReplyGuard guard,
            OrganizationSettingsStore organization, ChannelPublisher publisher, TenantMongo mongo, Clock clock) {
        this.threads = threads;
        this.changes = changes;
        this.savedReplies = savedReplies;
        this.guard = guard;
        this.organization = organization;
        this.publisher = publisher;
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryMapping
    Mono<ReplyScreening> screenFeedbackReply(@Argument String threadId, @Argument String text) {
        ObjectId id = GlobalId.objectId(threadId, FeedbackThread.TYPE);
        String draft = text == null ? "" : text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
        return (id == null ? Mono.<FeedbackThread>empty() : threads.visible(id))
                .flatMap(thread -> screen(thread, draft).flatMap(findings -> findings.isEmpty()
                        ? Mono.just(new ReplyScreening(findings, true, null))
                        : savedReplies.suggestionFor(thread).map(s -> new ReplyScreening(findings, false, s))
                                .defaultIfEmpty(new ReplyScreening(findings, false, null))));
    }

    private Mono<List<ReplyGuard.Finding>> screen(FeedbackThread thread, String text) {
        return organization.current().map(org -> guard.screen(text, thread.visibility(), thread.authorName(),
                org.phiAllowList()));
    }

    @MutationMapping
    Mono<ReplyToFeedbackPayload> replyToFeedback(@Argument ReplyToFeedbackInput input) {
        ObjectId id = GlobalId.objectId(input.threadId(), FeedbackThread.TYPE);
        UserError notFound = UserError.onInput(UserErrorCode.NOT_FOUND, "No feedback thread with this ID", "threadId");
        if (id == null) {
            return Mono.just(new ReplyToFeedbackPayload(null, null, List.of(notFound)));
        }
        return Mono.zip(threads.visible(id), CurrentCaller.required()).flatMap(found -> {
            if (input.savedReplyId() == null) {
                return reply(found.getT1(), found.getT2(), input.text(), input);
            }
            // The saved reply's text, unless the user typed their own over it.
            ObjectId savedId = GlobalId.objectId(input.savedReplyId(), SavedReply.TYPE);
            return (savedId == null ? Mono.<SavedReply>empty() : savedReplies.byId(savedId))
                    .flatMap(saved -> reply(found.getT1(), found.getT2(), input.text() == null
                            || input.text().isBlank() ? saved.text() : input.text(), input))
                    .defaultIfEmpty(new ReplyToFeedbackPayload(null, null, List.of(UserError.onInput(
                            UserErrorCode.NOT_FOUND, "Choose one of the saved replies", "savedReplyId"))));
        }).defaultIfEmpty(new ReplyToFeedbackPayload(null, null, List.of(notFound)));
    }

    private Mono<ReplyToFeedbackPayload> reply(FeedbackThread thread, Caller caller, String given,
            ReplyToFeedbackInput input) {
        InputChecks checks = new InputChecks();
        String text = checks.text("text", given, TEXT_MAX, true);
        String justification = checks.text("overrideJustification", input.overrideJustification(), 2000, false);
        boolean overriding = justification != null;
        checks.check(!overriding || caller.roles().contains(Role.COMPLIANCE_OFFICER), UserErrorCode.INVALID,
                "Only a compliance officer may send a reply the guard refused", "overrideJustification");
        checks.check(!overriding || justification.length() >= JUSTIFICATION_MIN, UserErrorCode.INVALID,
                "Say why it may be sent, in at least " + JUSTIFICATION_MIN + " characters", "overrideJustification");
        if (!checks.ok()) {
            return Mono.just(new ReplyToFeedbackPayload(null, null, checks.errors()));
        }
        if (thread.version() != input.expectedVersion()) {
            return Mono.just(new ReplyToFeedbackPayload(null, null, List.of(UpdatePayloads.conflict("thread",
                    thread.version()))));
        }
        return screen(thread, text).flatMap(findings -> {
            if (!findings.isEmpty() && !overriding) {
                List<UserError> errors = findings.stream().map(f -> UserError.of(f.code() == ReplyGuard.Code
                        .PHI_SUSPECTED ? io.carepulse.phi.PhiErrorCode.PHI_SUSPECTED
                        : FeedbackErrorCode.PATIENT_RELATIONSHIP_DISCLOSED, f.message(), "input", "text")).toList();
                return savedReplies.suggestionFor(thread).map(s -> new ReplyToFeedbackPayload(null, s, errors))
                        .defaultIfEmpty(new ReplyToFeedbackPayload(null, null, errors));
            }
            return record(thread, caller, text, findings.isEmpty() ? null : justification);
        });
    }

    /** The reply and the thread's move, with its event, in one write; then sent. */
    private Mono<ReplyToFeedbackPayload> record(FeedbackThread thread, Caller caller, String text, String justification) {
        Instant now = clock.instant();
        FeedbackThread.Message message = new FeedbackThread.Message(new ObjectId().toHexString(),
                FeedbackThread.Role.STAFF, text, now, caller.subject(), List.of(), justification, null);
        Status next = thread.status() == Status.NEW || thread.status() == Status.OPEN ? Status.AWAITING_PATIENT
                : thread.status();
        Update update = new Update().push("messages", message).set("status", next).set("lastActivityAt", now)
                .set("updatedAt", now);
        if (thread.firstRespondedAt() == null) {
            update.set("firstRespondedAt", now);
        }
        return Mono.deferContextual(context -> {
            if (next != thread.status()) {
                PendingAudit.note(context, "status", thread.status(), next);
            }
            return changes.relayedOutcome(mongo.updateVersioned(thread.id(), thread.version(), null,
                    changes.with(update, FeedbackChanges.Kind.REPLIED, thread.organizationId()), FeedbackThread.class));
        }).flatMap(outcome -> outcome instanceof UpdateOutcome.Updated<FeedbackThread> updated
                ? send(updated.document(), message).map(sent -> new ReplyToFeedbackPayload(sent, null, List.of()))
                : Mono.just(UpdatePayloads.of(outcome, "thread", (t, e) -> new ReplyToFeedbackPayload(t, null, e))));
    }

    /** Sends the recorded reply and keeps the service's ID; a failure leaves it recorded, unsent, and logged. */
    private Mono<FeedbackThread> send(FeedbackThread thread, FeedbackThread.Message message) {
        String key = thread.id().toHexString() + ":" + message.id();
        ChannelPublisher.Reply reply = new ChannelPublisher.Reply(GlobalId.encode(FeedbackThread.TYPE, thread.id()),
                thread.source().name(), thread.externalId(), thread.visibility() == FeedbackThread.Visibility.PUBLIC,
                message.text());
        int index = thread.messages().size() - 1;
        return publisher.reply(reply, key)
                .flatMap(deliveryId -> PendingAudit.outside(mongo.findAndModify(Query.query(Criteria.where("_id")
                        .is(thread.id()).and("messages." + index + ".id").is(message.id())), new Update()
                        .set("messages." + index + ".deliveryId", deliveryId), FeedbackThread.class)))
                .onErrorResume(e -> {
                    LOG.warn("Sending the reply to feedback thread {} failed: {}", thread.id(), e.toString());
                    return Mono.just(thread);
                })
                .defaultIfEmpty(thread);
    }
}
