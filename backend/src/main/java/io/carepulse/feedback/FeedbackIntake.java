package io.carepulse.feedback;

import io.carepulse.campaign.Campaign;
import io.carepulse.content.Content;
import io.carepulse.phi.PhiFinding;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.limits.AddressQuota;
import io.carepulse.platform.limits.OperationLimitsInterceptor;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.security.CurrentCaller;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How feedback comes in: the public website form ({@code submitFeedback}: no sign-in, a few
 * submissions an hour per client address, a captcha hook) and connectors ({@code ingestFeedback}:
 * an OAuth2 client with {@code feedback:write} bound to one organisation, up to 500 items a call,
 * idempotent by source and external ID, each item on its own). Every patient message is screened
 * for PHI as it arrives.
 */
@Controller
class FeedbackIntake {

    static final int MESSAGE_MAX = 10_000;
    static final int ITEMS_MAX = 500;
    static final String FORM_JOB = "feedback-form";

    record SubmitFeedbackInput(String organization, String name, String contact, String message, String captchaToken) {
    }

    /** {@code actor}: the form's job in the organisation written to, recorded as the audit entry's actor. */
    record SubmitFeedbackPayload(boolean received, List<UserError> userErrors, CallerAuthentication actor)
            implements MutationPayload {

        SubmitFeedbackPayload(boolean received, List<UserError> userErrors) {
            this(received, userErrors, null);
        }

        @Override
        public org.springframework.security.core.Authentication auditActor() {
            return actor;
        }

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return FeedbackThread.TYPE;
        }
    }

    record FeedbackItemInput(FeedbackThread.Source source, String externalId, FeedbackThread.Visibility visibility,
            String authorHandle, String authorName, Integer rating, String message, Instant sentAt, String contentId,
            String campaignId) {
    }

    record IngestFeedbackInput(List<FeedbackItemInput> items) {
    }

    record IngestedFeedback(int index, String threadId, boolean created) {
    }

    record IngestFeedbackPayload(List<IngestedFeedback> results, List<UserError> userErrors)
            implements MutationPayload {

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return FeedbackThread.TYPE;
        }
    }

    private final FeedbackThreads threads;
    private final FeedbackChanges changes;
    private final FeedbackSettingsController settings;
    private final PhiScanner scanner;
    private final CaptchaCheck captcha;
    private final AddressQuota formQuota;
    private final Clock clock;

    FeedbackIntake(FeedbackThreads threads, FeedbackChanges changes, FeedbackSettingsController settings,
            PhiScanner scanner, ObjectProvider<CaptchaCheck> captcha,
            @Value("${carepulse.feedback.form-submissions-per-address-per-hour:20}") int perHour, Clock clock) {
        this.threads = threads;
        this.changes = changes;
        this.settings = settings;
        this.scanner = scanner;
        this.captcha = captcha.getIfAvailable(() -> (token, address) -> Mono.just(true));
        this.formQuota = AddressQuota.perHour(perHour);
        this.clock = clock;
    }

    @MutationMapping
    Mono<SubmitFeedbackPayload> submitFeedback(@Argument SubmitFeedbackInput input,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        InputChecks checks = new InputChecks();
        String organization = checks.text("organization", input.organization(), 100, true);
        String name = checks.text("name", input.name(), 120, false);
        String contact = checks.text("contact", input.contact(), 200, false);
        String message = checks.text("message", input.message(), MESSAGE_MAX, true);
        if (!checks.ok()) {
            return Mono.just(new SubmitFeedbackPayload(false, checks.errors()));
        }
        OptionalLong wait = formQuota.take(address);
        if (wait.isPresent()) {
            return Mono.just(new SubmitFeedbackPayload(false, List.of(UserError.onInput(UserErrorCode.RATE_LIMITED,
                    "Too many messages from your network: try again in " + minutes(wait.getAsLong()), "message"))));
        }
        CallerAuthentication form = CallerAuthentication.forJob(organization, FORM_JOB);
        return captcha.passes(input.captchaToken(), address).flatMap(passed -> !passed
                ? Mono.just(new SubmitFeedbackPayload(false, List.of(UserError.onInput(UserErrorCode.INVALID,
                        "Please complete the check that you are not a robot", "captchaToken"))))
                : settings.current().filter(FeedbackSettings::websiteForm)
                        .flatMap(rules -> CurrentCaller.required().flatMap(caller -> changes.insert(thread(
                                caller.organization(),
                                FeedbackThread.Source.WEBSITE_FORM, FeedbackThread.Visibility.PRIVATE, null, null,
                                name, contact, null, message, clock.instant(), null, null, rules, null))))
                        .map(created -> new SubmitFeedbackPayload(true, List.of(), form))
                        .defaultIfEmpty(new SubmitFeedbackPayload(false, List.of(UserError.onInput(
                                UserErrorCode.NOT_FOUND, "This form is not connected to an organisation: tell the "
                                        + "website's owner", "organization"))))
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(form)));
    }

    private static String minutes(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** A staff member's import (a platform's CSV export, read by the SPA): the connectors' rules. */
    @MutationMapping
    Mono<IngestFeedbackPayload> importFeedback(@Argument IngestFeedbackInput input) {
        return ingestFeedback(input);
    }

    @MutationMapping
    Mono<IngestFeedbackPayload> ingestFeedback(@Argument IngestFeedbackInput input) {
        List<FeedbackItemInput> items = input.items() == null ? List.of() : input.items();
        if (items.size() > ITEMS_MAX) {
            return Mono.just(new IngestFeedbackPayload(List.of(), List.of(UserError.onInput(UserErrorCode.INVALID,
                    "Send at most " + ITEMS_MAX + " items a call (this one had " + items.size() + ")", "items"))));
        }
        List<UserError> errors = new ArrayList<>();
        return settings.current().flatMapMany(rules -> Flux.range(0, items.size()).concatMap(i -> {
            InputChecks checks = new InputChecks();
            Valid valid = validate(checks, items.get(i), i);
            if (!checks.ok()) {
                errors.addAll(checks.errors());
                return Mono.empty();
            }
            return ingest(valid, rules).map(outcome -> new IngestedFeedback(i, io.carepulse.platform.graphql.GlobalId
                    .encode(FeedbackThread.TYPE, outcome.thread().id()), outcome.created()));
        })).collectList().map(results -> new IngestFeedbackPayload(results, errors));
    }

    private record Valid(FeedbackItemInput item, String externalId, String handle, String name, String message,
            Instant sentAt, ObjectId contentId, ObjectId campaignId) {
    }

    private record Outcome(FeedbackThread thread, boolean created) {
    }

    private Valid validate(InputChecks checks, FeedbackItemInput item, int index) {
        String at = String.valueOf(index);
        String externalId = checks.textAt(item.externalId(), 200, true, "items", at, "externalId");
        String handle = checks.textAt(item.authorHandle(), 120, false, "items", at, "authorHandle");
        String name = checks.textAt(item.authorName(), 120, false, "items", at, "authorName");
        String message = checks.textAt(item.message(), MESSAGE_MAX, true, "items", at, "message");
        checks.check(item.rating() == null || item.rating() >= 1 && item.rating() <= 5, UserErrorCode.INVALID,
                "A rating is 1 to 5 stars", "items", at, "rating");
        Instant now = clock.instant();
        checks.check(item.sentAt() == null || !item.sentAt().isAfter(now.plusSeconds(300)), UserErrorCode.INVALID,
                "sentAt is in the future: send the time the author wrote it", "items", at, "sentAt");
        ObjectId content = item.contentId() == null ? null : GlobalId.objectId(item.contentId(), Content.TYPE);
        checks.check(item.contentId() == null || content != null, UserErrorCode.INVALID,
                "contentId is not a content item's ID", "items", at, "contentId");
        ObjectId campaign = item.campaignId() == null ? null : GlobalId.objectId(item.campaignId(), Campaign.TYPE);
        checks.check(item.campaignId() == null || campaign != null, UserErrorCode.INVALID,
                "campaignId is not a campaign's ID", "items", at, "campaignId");
        Instant sentAt = item.sentAt() == null || item.sentAt().isAfter(now) ? now : item.sentAt();
        return new Valid(item, externalId, handle, name, message, sentAt, content, campaign);
    }

    /** The thread for the item: the one this source and external ID made before, else a new one. */
    private Mono<Outcome> ingest(Valid valid, FeedbackSettings rules) {
        String sourceKey = valid.item().source().name() + "|" + valid.externalId();
        return threads.bySourceKey(sourceKey).map(existing -> new Outcome(existing, false))
                .switchIfEmpty(Mono.defer(() -> CurrentCaller.required().flatMap(caller -> changes.insert(thread(
                                caller.organization(), valid.item().source(),
                                valid.item().visibility(), sourceKey, valid.externalId(), valid.name(), null,
                                valid.handle(), valid.message(), valid.sentAt(), valid.contentId(), valid.campaignId(),
                                rules, valid.item().rating())))
                        .map(created -> new Outcome(created, true))
                        // Another call with the same item won the race: it is the same thread.
                        .onErrorResume(DuplicateKeyException.class, e -> threads.bySourceKey(sourceKey)
                                .map(existing -> new Outcome(existing, false)))));
    }

    /** A new thread of {@code organization} with its first patient message, screened for PHI. */
    FeedbackThread thread(String organization, FeedbackThread.Source source, FeedbackThread.Visibility visibility,
            String sourceKey, String externalId, String name, String contact, String handle, String message,
            Instant sentAt, ObjectId contentId, ObjectId campaignId, FeedbackSettings rules, Integer rating) {
        ObjectId id = new ObjectId();
        Instant now = clock.instant();
        List<PhiFinding> findings = scanner.scan(message);
        FeedbackThread.Message first = new FeedbackThread.Message(new ObjectId().toHexString(),
                FeedbackThread.Role.PATIENT, message, sentAt, null, findings, null, null);
        FeedbackThread.Priority priority = FeedbackThread.Priority.NORMAL;
        return new FeedbackThread(id, organization, source, visibility, sourceKey != null ? sourceKey : "own|" + id.toHexString(),
                externalId, handle, name, contact, rating, contentId, campaignId, Status.NEW, priority, null, List.of(),
                rules.dueAt(sentAt, priority), null, !findings.isEmpty(), List.of(first), List.of(), sentAt, now, now,
                1);
    }
}
