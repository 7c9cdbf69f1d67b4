package io.carepulse.campaign;

import io.carepulse.campaign.CampaignInputs.ArchiveCampaignInput;
import io.carepulse.campaign.CampaignInputs.ArchiveCampaignsInput;
import io.carepulse.campaign.CampaignInputs.ChangeCampaignStatusInput;
import io.carepulse.campaign.CampaignInputs.CreateCampaignInput;
import io.carepulse.campaign.CampaignInputs.UpdateCampaignInput;
import io.carepulse.campaign.CampaignPayloads.ArchiveCampaignPayload;
import io.carepulse.campaign.CampaignPayloads.ArchiveCampaignsPayload;
import io.carepulse.campaign.CampaignPayloads.CampaignChangeKind;
import io.carepulse.campaign.CampaignPayloads.ChangeCampaignStatusPayload;
import io.carepulse.campaign.CampaignPayloads.CreateCampaignPayload;
import io.carepulse.campaign.CampaignPayloads.UpdateCampaignPayload;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdateOutcome;
import io.carepulse.platform.tenancy.UpdatePayloads;
import io.carepulse.segment.AudienceSegments;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Mutations of {@code Campaign}. Each writes one document atomically, with its {@code
 * campaignChanged} event in the document's outbox; updates compare-and-set on {@code version}, so
 * a stale edit changes nothing and reports CONFLICT.
 */
@Controller
class CampaignMutations {

    private static final String WHAT = "campaign";
    static final int BULK_MAX = 100;
    private static final UserError NOT_FOUND = UpdatePayloads.notFound(WHAT);
    private static final UserError DUPLICATE_NAME = UserError.onInput(UserErrorCode.DUPLICATE,
            "A campaign with this name already exists", "name");

    private final TenantMongo mongo;
    private final Campaigns campaigns;
    private final AudienceSegments segments;
    private final Clock clock;
    private final EventLog log;
    private final CampaignChanges changes;

    CampaignMutations(TenantMongo mongo, Campaigns campaigns, AudienceSegments segments, Clock clock, EventLog log,
            CampaignChanges changes) {
        this.log = log;
        this.changes = changes;
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.segments = segments;
        this.clock = clock;
    }

    @MutationMapping
    Mono<CreateCampaignPayload> createCampaign(@Argument CreateCampaignInput input) {
        InputChecks checks = new InputChecks(CampaignRules.LABELS);
        CampaignRules.Valid valid = CampaignRules.validate(checks, CampaignDraft.of(input));
        return segmentsExist(checks, valid).flatMap(ok -> {
            if (!checks.ok()) {
                return Mono.just(new CreateCampaignPayload(null, checks.errors()));
            }
            Instant now = clock.instant();
            return CurrentCaller.required().flatMap(caller -> log.insert(org -> new Campaign(new ObjectId(), org,
                                    valid.name(), valid.description(), valid.hashtags(), valid.objective(),
                                    CampaignStatus.PLANNED, valid.startDate(), valid.endDate(), valid.channels(),
                                    valid.segmentIds(), valid.kpiTargets(), valid.budget(), caller.subject(), now, now, 1),
                            changes.entry(CampaignChangeKind.CREATED, caller.organization())))
                    .map(campaign -> new CreateCampaignPayload(campaign, List.of()))
                    .onErrorResume(DuplicateKeyException.class,
                            e -> Mono.just(new CreateCampaignPayload(null, List.of(DUPLICATE_NAME))));
        });
    }

    @MutationMapping
    Mono<UpdateCampaignPayload> updateCampaign(@Argument UpdateCampaignInput input) {
        return load(input.id(), input.expectedVersion(), UpdateCampaignPayload::new, current -> {
            if (current.status() == CampaignStatus.ARCHIVED) {
                return fail(UpdateCampaignPayload::new, UserError.onInput(UserErrorCode.INVALID_STATE,
                        "An archived campaign is read-only", "id"));
            }
            InputChecks checks = new InputChecks(CampaignRules.LABELS);
            CampaignRules.Valid valid = CampaignRules.validate(checks, CampaignDraft.merge(current, input));
            return segmentsExist(checks, valid).flatMap(ok -> checks.ok()
                    ? write(current, input.expectedVersion(), null, fields(valid), CampaignChangeKind.UPDATED,
                            UpdateCampaignPayload::new)
                    : Mono.just(new UpdateCampaignPayload(null, checks.errors())));
        });
    }

    @MutationMapping
    Mono<ChangeCampaignStatusPayload> changeCampaignStatus(@Argument ChangeCampaignStatusInput input) {
        return transition(input.id(), input.expectedVersion(), input.status(), "status",
                ChangeCampaignStatusPayload::new);
    }

    /**
     * Archives several campaigns, one after another, each as {@code archiveCampaign} does (its own
     * guarded write and event); the audit log gets one entry, to ARCHIVED, when any was archived.
     */
    @MutationMapping
    Mono<ArchiveCampaignsPayload> archiveCampaigns(@Argument ArchiveCampaignsInput input) {
        List<ArchiveCampaignInput> items = input.campaigns() == null ? List.of() : input.campaigns();
        if (items.isEmpty() || items.size() > BULK_MAX) {
            return Mono.just(new ArchiveCampaignsPayload(List.of(), List.of(UserError.onInput(UserErrorCode.INVALID,
                    "Choose between 1 and " + BULK_MAX + " campaigns", "campaigns"))));
        }
        Campaign[] archived = new Campaign[items.size()];
        List<UserError> errors = new java.util.ArrayList<>();
        return reactor.core.publisher.Flux.range(0, items.size())
                .concatMap(i -> archiveCampaign(items.get(i)).doOnNext(payload -> {
                    archived[i] = payload.campaign();
                    payload.userErrors().forEach(error -> errors.add(UserError.onInput(error.code(), error.message(),
                            "campaigns", String.valueOf(i), "id")));
                }))
                .then(Mono.deferContextual(context -> {
                    // Each campaign left the status it had: the entry says only where they went.
                    PendingAudit.note(context, "status", null, CampaignStatus.ARCHIVED);
                    return Mono.just(new ArchiveCampaignsPayload(java.util.Arrays.asList(archived),
                            List.copyOf(errors)));
                }));
    }

    @MutationMapping
    Mono<ArchiveCampaignPayload> archiveCampaign(@Argument ArchiveCampaignInput input) {
        return transition(input.id(), input.expectedVersion(), CampaignStatus.ARCHIVED, "id",
                ArchiveCampaignPayload::new);
    }

    private <P> Mono<P> transition(String id, int expectedVersion, CampaignStatus target, String field,
            BiFunction<Campaign, List<UserError>, P> payload) {
        return load(id, expectedVersion, payload, current -> {
            if (!current.status().canMoveTo(target)) {
                return fail(payload, UserError.onInput(UserErrorCode.INVALID_STATE,
                        cannotBecome(current.status(), target, "campaign"), field));
            }
            // Guarding on the old status as well keeps the transition table true under races.
            return Mono.deferContextual(context -> {
                PendingAudit.note(context, "status", current.status(), target);
                return write(current, expectedVersion, Criteria.where("status").is(current.status()),
                        new Update().set("status", target), CampaignChangeKind.STATUS_CHANGED, payload);
            });
        });
    }

    static String cannotBecome(CampaignStatus from, CampaignStatus to, String what) {
        String now = FieldLabels.words(from);
        return Character.toUpperCase(FieldLabels.article(now).charAt(0)) + FieldLabels.article(now).substring(1)
                + " " + now + " " + what + " cannot become " + FieldLabels.words(to);
    }

    /** Loads the campaign an input names, or answers NOT_FOUND / CONFLICT without touching it. */
    private <P> Mono<P> load(String id, int expectedVersion, BiFunction<Campaign, List<UserError>, P> payload,
            java.util.function.Function<Campaign, Mono<P>> then) {
        ObjectId objectId = GlobalId.objectId(id, Campaign.TYPE);
        if (objectId == null) {
            return fail(payload, NOT_FOUND);
        }
        return campaigns.byId(objectId)
                .flatMap(current -> current.version() != expectedVersion
                        ? fail(payload, UpdatePayloads.conflict(WHAT, current.version()))
                        : then.apply(current))
                .switchIfEmpty(Mono.defer(() -> fail(payload, NOT_FOUND)));
    }

    private <P> Mono<P> write(Campaign current, int expectedVersion, Criteria guard, Update update,
            CampaignChangeKind kind, BiFunction<Campaign, List<UserError>, P> payload) {
        update.set("updatedAt", clock.instant());
        EventLog.outboxUpdate(update, changes.entry(kind, current.organizationId()));
        return mongo.updateVersioned(current.id(), expectedVersion, guard, update, Campaign.class)
                .flatMap(outcome -> outcome instanceof UpdateOutcome.Updated<Campaign> updated
                        ? log.relay(Campaign.class, updated.document().id()).thenReturn(outcome)
                        : Mono.just(outcome))
                .map(outcome -> UpdatePayloads.of(outcome, WHAT, payload))
                .onErrorResume(DuplicateKeyException.class, e -> fail(payload, DUPLICATE_NAME));
    }

    private Mono<Boolean> segmentsExist(InputChecks checks, CampaignRules.Valid valid) {
        if (valid.segmentIds().isEmpty()) {
            return Mono.just(true);
        }
        return segments.byIds(valid.segmentIds()).map(found -> {
            for (int i = 0; i < valid.segmentIds().size(); i++) {
                if (!found.containsKey(valid.segmentIds().get(i))) {
                    checks.fail(UserErrorCode.NOT_FOUND, "No audience segment with this ID", "segmentIds",
                            String.valueOf(i));
                }
            }
            return true;
        });
    }

    private static Update fields(CampaignRules.Valid valid) {
        return new Update().set("name", valid.name()).set("description", valid.description())
                .set("hashtags", valid.hashtags()).set("objective", valid.objective())
                .set("startDate", valid.startDate()).set("endDate", valid.endDate())
                .set("channels", valid.channels()).set("segmentIds", valid.segmentIds())
                .set("kpiTargets", valid.kpiTargets()).set("budget", valid.budget());
    }

    private static <P> Mono<P> fail(BiFunction<Campaign, List<UserError>, P> payload, UserError error) {
        return Mono.just(payload.apply(null, List.of(error)));
    }
}
