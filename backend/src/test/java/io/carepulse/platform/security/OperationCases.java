package io.carepulse.platform.security;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One entry per Query and Mutation field: how to call it against another organisation's data,
 * and what proves nothing leaked or changed. {@link AccessRulesTest} fails when an operation of
 * the schema has no entry here, so every new operation must bring its cross-tenant case.
 */
final class OperationCases {

    /** Riverside's data that Lakeside callers try to reach. */
    record Fixture(String campaignId, int campaignVersion, String campaignName, String segmentId,
            String segmentName, String liveSessionId, String liveSessionTitle, String liveSessionJoinCode,
            String riversideQuestionId, String riversideQuestionText, String lakesideParticipantToken) {
    }

    /** Who tries: another organisation's admin, or (for participant operations) a participant of its session. */
    enum Intruder { LAKESIDE_ADMIN, LAKESIDE_PARTICIPANT }

    record Case(String document, Function<Fixture, Map<String, Object>> variables,
            BiConsumer<Map<String, Object>, Fixture> crossTenantCheck, Intruder intruder) {

        Case(String document, Function<Fixture, Map<String, Object>> variables,
                BiConsumer<Map<String, Object>, Fixture> crossTenantCheck) {
            this(document, variables, crossTenantCheck, Intruder.LAKESIDE_ADMIN);
        }
    }

    static final Map<String, Case> CASES = Map.ofEntries(
            Map.entry("viewer", new Case("viewer", fx -> Map.of(),
                    (body, fx) -> assertThat(data(body, "viewer.organization.slug")).isEqualTo("lakeside-clinic"))),
            Map.entry("users", new Case("users", fx -> Map.of("first", 100),
                    (body, fx) -> assertThat(body.toString()).doesNotContain("riverside"))),
            Map.entry("node", new Case("node", fx -> Map.of("id", fx.campaignId()),
                    (body, fx) -> assertThat(data(body, "node")).isNull())),
            Map.entry("nodes", new Case("nodes", fx -> Map.of("ids", List.of(fx.campaignId(), fx.segmentId())),
                    (body, fx) -> assertThat((List<?>) data(body, "nodes")).containsExactly(null, null))),
            Map.entry("campaigns", new Case("campaigns", fx -> Map.of("first", 100, "filter",
                            Map.of("search", fx.campaignName())),
                    (body, fx) -> assertThat((List<?>) data(body, "campaigns.edges")).isEmpty())),
            Map.entry("campaign", new Case("campaign", fx -> Map.of("id", fx.campaignId()),
                    (body, fx) -> assertThat(data(body, "campaign")).isNull())),
            Map.entry("createCampaign", new Case("createCampaign", fx -> Map.of("input", Map.of(
                            "name", "Borrowed segment " + fx.campaignName(), "objective", "AWARENESS",
                            "startDate", "2026-01-01", "segmentIds", List.of(fx.segmentId()))),
                    (body, fx) -> {
                        assertThat(data(body, "createCampaign.campaign")).isNull();
                        assertThat(data(body, "createCampaign.userErrors.0.code")).isEqualTo("NOT_FOUND");
                        assertThat(data(body, "createCampaign.userErrors.0.field")).isEqualTo(
                                List.of("input", "segmentIds", "0"));
                    })),
            Map.entry("updateCampaign", new Case("updateCampaign", fx -> Map.of("input", Map.of(
                            "id", fx.campaignId(), "expectedVersion", fx.campaignVersion(), "name", "Hijacked")),
                    (body, fx) -> assertNotFound(body, "updateCampaign"))),
            Map.entry("changeCampaignStatus", new Case("changeCampaignStatus", fx -> Map.of("input", Map.of(
                            "id", fx.campaignId(), "expectedVersion", fx.campaignVersion(), "status", "ACTIVE")),
                    (body, fx) -> assertNotFound(body, "changeCampaignStatus"))),
            Map.entry("archiveCampaign", new Case("archiveCampaign", fx -> Map.of("input", Map.of(
                            "id", fx.campaignId(), "expectedVersion", fx.campaignVersion())),
                    (body, fx) -> assertNotFound(body, "archiveCampaign"))),
            Map.entry("audienceSegments", new Case("audienceSegments", fx -> Map.of("first", 100, "filter",
                            Map.of("search", fx.segmentName())),
                    (body, fx) -> assertThat((List<?>) data(body, "audienceSegments.edges")).isEmpty())),
            Map.entry("audienceSegment", new Case("audienceSegment", fx -> Map.of("id", fx.segmentId()),
                    (body, fx) -> assertThat(data(body, "audienceSegment")).isNull())),
            // Names are unique per organisation only: another tenant's name is free.
            Map.entry("createAudienceSegment", new Case("createAudienceSegment", fx -> Map.of("input",
                            Map.of("name", fx.segmentName())),
                    (body, fx) -> assertThat(data(body, "createAudienceSegment.userErrors")).isEqualTo(List.of()))),
            Map.entry("updateAudienceSegment", new Case("updateAudienceSegment", fx -> Map.of("input", Map.of(
                            "id", fx.segmentId(), "expectedVersion", 1, "name", "Hijacked")),
                    (body, fx) -> assertNotFound(body, "updateAudienceSegment"))),
            Map.entry("liveSessions", new Case("liveSessions", fx -> Map.of("first", 100),
                    (body, fx) -> assertThat(body.toString()).doesNotContain(fx.liveSessionTitle()))),
            Map.entry("liveSession", new Case("liveSession", fx -> Map.of("id", fx.liveSessionId()),
                    (body, fx) -> assertThat(data(body, "liveSession")).isNull())),
            Map.entry("createLiveSession", new Case("createLiveSession", fx -> Map.of("input", Map.of(
                            "title", fx.liveSessionTitle(), "host", Map.of("name", "Dr. Lee"),
                            "scheduledStart", "2099-01-01T10:00:00Z")),
                    (body, fx) -> assertThat(data(body, "createLiveSession.userErrors")).isEqualTo(List.of()))),
            Map.entry("startLiveSession", new Case("startLiveSession", fx -> Map.of("input", Map.of(
                            "id", fx.liveSessionId(), "expectedVersion", 1)),
                    (body, fx) -> assertNotFound(body, "startLiveSession"))),
            Map.entry("endLiveSession", new Case("endLiveSession", fx -> Map.of("input", Map.of(
                            "id", fx.liveSessionId(), "expectedVersion", 1)),
                    (body, fx) -> assertNotFound(body, "endLiveSession"))),
            Map.entry("updateLiveSession", new Case("updateLiveSession", fx -> Map.of("input", Map.of(
                            "id", fx.liveSessionId(), "expectedVersion", 1, "title", "Hijacked")),
                    (body, fx) -> assertNotFound(body, "updateLiveSession"))),
            Map.entry("moderateQuestion", new Case("moderateQuestion", fx -> Map.of("input", Map.of(
                            "questionId", fx.riversideQuestionId(), "action", "REJECT")),
                    (body, fx) -> {
                        assertThat(data(body, "moderateQuestion.question")).isNull();
                        assertThat(data(body, "moderateQuestion.userErrors.0.code")).isEqualTo("NOT_FOUND");
                        assertThat(data(body, "moderateQuestion.userErrors.0.field"))
                                .isEqualTo(List.of("input", "questionId"));
                    })),
            // The join code is a capability: whoever holds it joins, but only as a participant of
            // that one session, never with the caller's staff powers (checked in LiveParticipantTest).
            Map.entry("joinLiveSession", new Case("joinLiveSession", fx -> Map.of("input", Map.of(
                            "joinCode", "ZZZZ" + "ZZZZ")),
                    (body, fx) -> {
                        assertThat(data(body, "joinLiveSession.participantToken")).isNull();
                        assertThat(data(body, "joinLiveSession.userErrors.0.code")).isEqualTo("NOT_FOUND");
                    })),
            Map.entry("askQuestion", new Case("askQuestion", fx -> Map.of("input", Map.of(
                            "text", "Lakeside question about flu shots")),
                    (body, fx) -> assertThat(data(body, "askQuestion.userErrors")).isEqualTo(List.of()),
                    Intruder.LAKESIDE_PARTICIPANT)),
            Map.entry("upvoteQuestion", new Case("upvoteQuestion", fx -> Map.of("input", Map.of(
                            "questionId", fx.riversideQuestionId())),
                    (body, fx) -> assertQuestionNotFound(body, "upvoteQuestion"), Intruder.LAKESIDE_PARTICIPANT)),
            Map.entry("withdrawUpvote", new Case("withdrawUpvote", fx -> Map.of("input", Map.of(
                            "questionId", fx.riversideQuestionId())),
                    (body, fx) -> assertQuestionNotFound(body, "withdrawUpvote"), Intruder.LAKESIDE_PARTICIPANT)),
            Map.entry("liveAudience", new Case("liveAudience", fx -> Map.of(),
                    (body, fx) -> {
                        assertThat(data(body, "liveAudience.session.joinCode")).isNotEqualTo(fx.liveSessionJoinCode());
                        assertThat(body.toString()).doesNotContain(fx.riversideQuestionText())
                                .doesNotContain(fx.liveSessionTitle());
                    }, Intruder.LAKESIDE_PARTICIPANT)),
            Map.entry("organizationSettings", new Case("organizationSettings", fx -> Map.of(),
                    (body, fx) -> assertThat(data(body, "organizationSettings.version")).isNotNull())),
            // Settings are always the caller's own organisation's: a stale version changes nothing anywhere.
            Map.entry("updateOrganizationSettings", new Case("updateOrganizationSettings", fx -> Map.of("input",
                            Map.of("expectedVersion", 999, "questionRetentionDays", 1)),
                    (body, fx) -> assertThat(data(body, "updateOrganizationSettings.userErrors.0.code"))
                            .isEqualTo("CONFLICT"))),
            Map.entry("auditLog", new Case("auditLog", fx -> Map.of("first", 100, "filter",
                            Map.of("targetId", fx.campaignId())),
                    (body, fx) -> assertThat((List<?>) data(body, "auditLog.edges")).isEmpty())));

    /** Subscription fields whose cross-tenant case lives in a dedicated test (over WebSocket). */
    static final Map<String, String> SUBSCRIPTION_CASES = Map.of(
            "campaignChanged", "io.carepulse.campaign.CampaignSubscriptionTest#otherOrganisationsChangesNeverArrive",
            "liveSessionEvents",
            "io.carepulse.liveqa.LiveQaSubscriptionTest#aModeratorOfAnotherOrganisationCannotFollowTheSession",
            "liveAudienceFeed",
            "io.carepulse.liveqa.LiveQaSubscriptionTest#aParticipantCannotFollowAnotherSessionsFeed");

    private OperationCases() {
    }

    private static void assertQuestionNotFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".question")).isNull();
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(body, mutation + ".userErrors.0.field")).isEqualTo(List.of("input", "questionId"));
    }

    private static void assertNotFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
        assertThat(data(body, mutation + ".userErrors.0.field")).isEqualTo(List.of("input", "id"));
    }
}
