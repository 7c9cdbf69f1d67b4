package io.carepulse.organization;

import io.carepulse.identity.Organization;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdateOutcome;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code OrganizationSettings}, {@code Organization.settings} and their query and mutation. */
@Controller
class OrganizationSettingsController {

    static final int ALLOW_LIST_MAX = 200;

    static final int RETENTION_MAX_DAYS = 3650;
    static final int POSTS_PER_WEEK_MAX = 100;

    private static final String WHAT = "organisation's settings";

    private final OrganizationSettingsStore store;
    private final TenantMongo mongo;
    private final Clock clock;

    OrganizationSettingsController(OrganizationSettingsStore store, TenantMongo mongo, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    record UpdateOrganizationSettingsInput(int expectedVersion, String timezone, Integer questionRetentionDays,
            Integer reviewValidityDays, java.util.List<String> phiAllowList,
            OrganizationSettings.MissedPublications missedPublications,
            List<OrganizationSettings.PostingTarget> postingTargets) {
    }

    record UpdateOrganizationSettingsPayload(OrganizationSettings organizationSettings, List<UserError> userErrors)
            implements MutationPayload {
        @Override
        public String auditTargetId() {
            return organizationSettings == null ? null : GlobalId.encode("Organization", organizationSettings.id());
        }

        @Override
        public String auditTargetType() {
            return "Organization";
        }
    }

    @QueryMapping
    Mono<OrganizationSettings> organizationSettings() {
        return store.current();
    }

    @SchemaMapping(typeName = "Organization")
    Mono<OrganizationSettings> settings(Organization organization) {
        return store.current().filter(settings -> settings.id().equals(organization.id()));
    }

    @MutationMapping
    Mono<UpdateOrganizationSettingsPayload> updateOrganizationSettings(@Argument UpdateOrganizationSettingsInput input) {
        InputChecks checks = new InputChecks(FieldLabels.of(java.util.Map.of("timezone", "Time zone")));
        Update update = new Update();
        if (input.timezone() != null) {
            String zone = checks.text("timezone", input.timezone(), 64, true);
            checks.check(zone == null || validZone(zone), UserErrorCode.INVALID,
                    "Choose a time zone such as America/Los_Angeles", "timezone");
            update.set("timezone", zone);
        }
        if (input.questionRetentionDays() != null) {
            checks.check(input.questionRetentionDays() <= RETENTION_MAX_DAYS, UserErrorCode.INVALID,
                    "Enter a whole number of days from 1 to " + RETENTION_MAX_DAYS, "questionRetentionDays");
            update.set("questionRetentionDays", input.questionRetentionDays());
        }
        if (input.reviewValidityDays() != null) {
            checks.check(input.reviewValidityDays() <= RETENTION_MAX_DAYS, UserErrorCode.INVALID,
                    "Enter a whole number of days from 1 to " + RETENTION_MAX_DAYS, "reviewValidityDays");
            update.set("reviewValidityDays", input.reviewValidityDays());
        }
        java.util.List<String> allowList = input.phiAllowList() == null ? null
                : checks.strings("phiAllowList", input.phiAllowList(), ALLOW_LIST_MAX, 200);
        if (allowList != null) {
            update.set("phiAllowList", allowList);
        }
        if (input.missedPublications() != null) {
            update.set("missedPublications", input.missedPublications());
        }
        if (input.postingTargets() != null) {
            checkPostingTargets(checks, input.postingTargets());
            update.set("postingTargets", input.postingTargets());
        }
        if (!checks.ok()) {
            return Mono.just(new UpdateOrganizationSettingsPayload(null, checks.errors()));
        }
        update.set("updatedAt", clock.instant());
        return mongo.tenant().flatMap(org -> input.expectedVersion() == 0
                ? createFromDefaults(org, input)
                : mongo.updateVersioned(org, input.expectedVersion(), null, update, OrganizationSettings.class)
                        // No document yet: the settings are the defaults, at version 0.
                        .map(outcome -> outcome instanceof UpdateOutcome.NotFound<OrganizationSettings>
                                ? new UpdateOutcome.Conflict<OrganizationSettings>(0) : outcome))
                .map(outcome -> UpdatePayloads.of(outcome, WHAT, UpdateOrganizationSettingsPayload::new));
    }

    /**
     * The first change: the defaults (version 0) become a document at version 1, in one insert,
     * so of two ADMINs changing them at once the second hears of a conflict like any stale version.
     */
    private Mono<UpdateOutcome<OrganizationSettings>> createFromDefaults(String org,
            UpdateOrganizationSettingsInput input) {
        OrganizationSettings defaults = OrganizationSettings.defaults(org);
        return mongo.insert(tenant -> new OrganizationSettings(tenant, tenant,
                        input.timezone() != null ? input.timezone().strip() : defaults.timezone(),
                        input.questionRetentionDays() != null ? input.questionRetentionDays()
                                : defaults.questionRetentionDays(),
                        input.reviewValidityDays() != null ? input.reviewValidityDays() : defaults.reviewValidityDays(),
                        input.phiAllowList() != null ? input.phiAllowList().stream().map(String::strip)
                                .filter(entry -> !entry.isEmpty()).distinct().toList() : defaults.phiAllowList(),
                        input.missedPublications() != null ? input.missedPublications()
                                : defaults.missedPublications(),
                        input.postingTargets() != null ? input.postingTargets() : defaults.postingTargets(),
                        clock.instant(), 1))
                .<UpdateOutcome<OrganizationSettings>>map(UpdateOutcome.Updated::new)
                .onErrorResume(org.springframework.dao.DuplicateKeyException.class,
                        e -> mongo.findById(org, OrganizationSettings.class)
                                .map(current -> new UpdateOutcome.Conflict<>(current.version())));
    }

    /** One target per channel, each from 0 to {@value #POSTS_PER_WEEK_MAX} posts a week. */
    private static void checkPostingTargets(InputChecks checks, List<OrganizationSettings.PostingTarget> targets) {
        java.util.Set<io.carepulse.segment.Channel> seen = java.util.EnumSet.noneOf(io.carepulse.segment.Channel.class);
        for (int i = 0; i < targets.size(); i++) {
            OrganizationSettings.PostingTarget target = targets.get(i);
            checks.check(seen.add(target.channel()), UserErrorCode.INVALID,
                    "Set one target for " + target.channel().label() + "; it is listed twice", "postingTargets",
                    String.valueOf(i), "channel");
            checks.check(target.postsPerWeek() <= POSTS_PER_WEEK_MAX, UserErrorCode.INVALID,
                    "Enter a whole number of posts a week from 0 to " + POSTS_PER_WEEK_MAX, "postingTargets",
                    String.valueOf(i), "postsPerWeek");
        }
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
