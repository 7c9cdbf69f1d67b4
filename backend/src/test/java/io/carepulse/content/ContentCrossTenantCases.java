package io.carepulse.content;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Content as another organisation tries it: nothing of Riverside's is seen, reviewed or changed. */
@Component
class ContentCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        String title = ContentFixtures.title("Riverside only tip");
        Map<String, Object> created = world.raw().post(ContentFixtures.MARKETER, "createContent",
                Map.of("input", ContentFixtures.healthTip(title)));
        String id = (String) data(created, "createContent.content.id");
        world.raw().post(ContentFixtures.MARKETER, "submitContentForReview",
                Map.of("input", Map.of("contentId", id, "expectedVersion", 1)));
        Map<String, Object> byId = Map.of("contentId", id, "expectedVersion", 2);
        Map<String, Case> cases = new java.util.HashMap<>(Map.of(
                "publishingWebhook", new Case("publishingWebhook", Map.of(),
                        body -> assertThat(body.toString()).doesNotContain("riverside")),
                "setPublishingWebhook", new Case("setPublishingWebhook", Map.of("input", Map.of("url", "ftp://x.test/")),
                        body -> assertThat(data(body, "setPublishingWebhook.userErrors.0.code")).isEqualTo("INVALID")),
                "correctContent", new Case("correctContent", Map.of("input", byId),
                        body -> notFound(body, "correctContent")),
                "postingPolicy", new Case("postingPolicy", Map.of(),
                        body -> assertThat(data(body, "postingPolicy.version")).isNotNull()),
                // Each organisation has its own policy: a stale version changes nothing anywhere.
                "updatePostingPolicy", new Case("updatePostingPolicy", Map.of("input", Map.of("expectedVersion", 99,
                        "text", "Taken over")), body -> assertThat(data(body, "updatePostingPolicy.userErrors.0.code"))
                                .isEqualTo("CONFLICT")),
                "acknowledgePostingPolicy", new Case("acknowledgePostingPolicy", Map.of("input", Map.of("version", 99)),
                        body -> assertThat(data(body, "acknowledgePostingPolicy.userErrors.0.code"))
                                .isEqualTo("CONFLICT"))));
        cases.putAll(Map.of(
                "scheduleContent", new Case("scheduleContent", Map.of("input", with(byId, "publishAt",
                        java.time.Instant.now().plusSeconds(86_400).toString())),
                        body -> notFound(body, "scheduleContent")),
                "unscheduleContent", new Case("unscheduleContent", Map.of("input", byId),
                        body -> notFound(body, "unscheduleContent")),
                "publishContent", new Case("publishContent", Map.of("input", byId),
                        body -> notFound(body, "publishContent")),
                "retractContent", new Case("retractContent", Map.of("input", with(byId, "reason", "Taken over")),
                        body -> notFound(body, "retractContent")),
                "contentCalendar", new Case("contentCalendar", Map.of("from", java.time.LocalDate.now().toString(),
                        "to", java.time.LocalDate.now().plusDays(30).toString()),
                        body -> assertThat(body.toString()).doesNotContain(id)),
                "overridePhiFinding", new Case("overridePhiFinding", Map.of("input", Map.of("contentId", id,
                        "field", "body", "type", "PHONE", "start", 0, "end", 4,
                        "justification", "Taken over by another organisation")),
                        body -> notFound(body, "overridePhiFinding"),
                        TestTokens.staff(TestTokens.LAKESIDE, Role.COMPLIANCE_OFFICER)),
                "addContentComment", new Case("addContentComment", Map.of("input", Map.of("contentId", id,
                        "anchor", Map.of("kind", "TITLE", "start", 0, "end", 3), "text", "Peek")),
                        body -> notFound(body, "addContentComment")),
                "replyToContentComment", new Case("replyToContentComment", Map.of("input", Map.of("contentId", id,
                        "commentId", "x", "text", "Peek")), body -> notFound(body, "replyToContentComment")),
                "resolveContentComment", new Case("resolveContentComment", Map.of("input", Map.of("contentId", id,
                        "commentId", "x")), body -> notFound(body, "resolveContentComment")),
                "confirmTakedown", new Case("confirmTakedown", Map.of("input", Map.of("contentId", id,
                        "channel", "X")), body -> notFound(body, "confirmTakedown"))));
        cases.putAll(Map.of(
                        "contents", new Case("contents", Map.of("first", 100, "filter", Map.of("search", title)),
                                body -> assertThat((List<?>) data(body, "contents.edges")).isEmpty()),
                        "content", new Case("contentItem", Map.of("id", id),
                                body -> assertThat(data(body, "content")).isNull()),
                        "reviewQueue", new Case("reviewQueue", Map.of("kind", "CLINICAL"),
                                body -> assertThat(body.toString()).doesNotContain(id)),
                        "contentTopics", new Case("contentTopics", Map.of(),
                                body -> assertThat((List<?>) data(body, "contentTopics")).isNotEmpty()),
                        "scanText", new Case("scanText", Map.of("text", "plain words"),
                                body -> assertThat((List<?>) data(body, "scanText")).isEmpty()),
                        "createContent", new Case("createContent", Map.of("input", ContentFixtures.with(
                                ContentFixtures.healthTip(title), "consentIds", List.of())),
                                body -> assertThat(data(body, "createContent.content.id")).isNotEqualTo(id)),
                        "updateContent", new Case("updateContent", Map.of("input", Map.of("id", id,
                                "expectedVersion", 2, "title", "Hijacked")),
                                body -> assertThat(data(body, "updateContent.userErrors.0.code")).isEqualTo("NOT_FOUND")),
                        "submitContentForReview", new Case("submitContentForReview", Map.of("input", byId),
                                body -> notFound(body, "submitContentForReview")),
                        "reviewContent", new Case("reviewContent", Map.of("input", Map.of("contentId", id,
                                "expectedVersion", 2, "decision", "REJECT", "notes", "No")),
                                body -> notFound(body, "reviewContent"),
                                TestTokens.staff(TestTokens.LAKESIDE, Role.CLINICAL_REVIEWER)),
                        "archiveContent", new Case("archiveContent", Map.of("input", byId),
                                body -> notFound(body, "archiveContent"))));
        return Prepared.of(cases)
                .withSubscriptions(Map.of("contentEvents", "io.carepulse.content.ContentEventsTest"
                        + "#aReviewerSeesAnItemCreatedSubmittedAndApprovedAndAnotherOrganisationSeesNothing"))
                .withNodes(Map.of("Content", id))
                .untouchedWhen(() -> {
                    Map<String, Object> body = world.raw().post(ContentFixtures.MARKETER, "contentItem",
                            Map.of("id", id));
                    assertThat(data(body, "content.title")).isEqualTo(title);
                    assertThat(data(body, "content.status")).isEqualTo("IN_REVIEW");
                    assertThat(data(body, "content.version")).isEqualTo(2);
                });
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static void notFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
    }
}
