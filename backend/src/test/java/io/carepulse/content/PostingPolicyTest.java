package io.carepulse.content;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The posting policy: acknowledged before anyone creates content, its blocked phrases and
 * disclaimers checked at submission. An organisation of its own, so no other test meets its policy.
 */
class PostingPolicyTest extends IntegrationTest {

    private static final String ORG = "hillside-policy";
    private static final String ADMIN = token("admin@hillside.test", Role.ADMIN);
    private static final String WRITER = token("writer@hillside.test", Role.MARKETER);

    @Test
    void staffAcknowledgeThePolicyBeforeWritingAndItsRulesBlockSubmission() {
        Map<String, Object> written = new RawGraphQl(port).post(ADMIN, "updatePostingPolicy", Map.of("input", Map.of(
                "expectedVersion", 0, "text", "Post general health information only. Never advise one person.",
                "blockedPhrases", List.of("guaranteed cure"),
                "disclaimers", List.of(Map.of("text", "General information, not medical advice",
                        "formats", List.of("HEALTH_TIP"))))));
        assertThat(data(written, "updatePostingPolicy.postingPolicy.version")).isEqualTo(1);

        Map<String, Object> tip = ContentFixtures.with(ContentFixtures.healthTip(ContentFixtures.title("Policy tip")),
                "body", "Our new therapy is a guaranteed cure for back pain.");
        Map<String, Object> refused = new RawGraphQl(port).post(WRITER, "createContent", Map.of("input", tip));
        assertThat(data(refused, "createContent.userErrors.0.code")).isEqualTo("POLICY_NOT_ACKNOWLEDGED");
        Map<String, Object> correction = new RawGraphQl(port).post(WRITER, "correctContent", Map.of("input", Map.of(
                "contentId", io.carepulse.platform.graphql.GlobalId.encode(Content.TYPE,
                        new org.bson.types.ObjectId().toHexString()), "expectedVersion", 1)));
        assertThat(data(correction, "correctContent.userErrors.0.code")).as("a correction is new content too")
                .isEqualTo("POLICY_NOT_ACKNOWLEDGED");

        Map<String, Object> acknowledged = new RawGraphQl(port).post(WRITER, "acknowledgePostingPolicy",
                Map.of("input", Map.of("version", 1)));
        assertThat(data(acknowledged, "acknowledgePostingPolicy.postingPolicy.acknowledgedByMe")).isEqualTo(true);
        ContentFixtures.Item item = ContentFixtures.create(port, WRITER, tip);

        Map<String, Object> submitted = new RawGraphQl(port).post(WRITER, "submitContentForReview", Map.of("input",
                Map.of("contentId", item.id(), "expectedVersion", item.version())));
        assertThat(submitted.toString())
                .contains("“guaranteed cure” is not allowed by your organisation's posting policy (characters 22–36 "
                        + "of the body)")
                .contains("Add the disclaimer “General information, not medical advice” to the body");

        Map<String, Object> fixed = new RawGraphQl(port).post(WRITER, "updateContent", Map.of("input", Map.of(
                "id", item.id(), "expectedVersion", item.version(), "body",
                "Gentle stretching helps many people with back pain. General information, not medical advice.")));
        Map<String, Object> accepted = new RawGraphQl(port).post(WRITER, "submitContentForReview", Map.of("input",
                Map.of("contentId", item.id(), "expectedVersion",
                        ((Number) data(fixed, "updateContent.content.version")).intValue())));
        assertThat(data(accepted, "submitContentForReview.userErrors")).isEqualTo(List.of());

        Map<String, Object> stale = new RawGraphQl(port).post(ADMIN, "updatePostingPolicy", Map.of("input", Map.of(
                "expectedVersion", 0, "text", "Another policy")));
        assertThat(data(stale, "updatePostingPolicy.userErrors.0.code")).isEqualTo("CONFLICT");
    }

    @Test
    void aBadRuleIsNamedByItsRowAndNothingIsSaved() {
        String campaign = io.carepulse.platform.graphql.GlobalId.encode("Campaign",
                new org.bson.types.ObjectId().toHexString());
        Map<String, Object> refused = new RawGraphQl(port).post(ADMIN, "updatePostingPolicy", Map.of("input", Map.of(
                "expectedVersion", 0, "text", "Post general health information only.",
                "disclaimers", List.of(Map.of("text", "  ")),
                "requiredHashtags", List.of(Map.of("campaignId", campaign, "hashtags", List.of("#FluFighters")),
                        Map.of("campaignId", campaign, "hashtags", List.of("#Flu", " "))))));
        assertThat(data(refused, "updatePostingPolicy.postingPolicy")).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) data(refused, "updatePostingPolicy.userErrors");
        assertThat(errors).extracting(e -> e.get("field") + " " + e.get("message")).containsExactlyInAnyOrder(
                "[input, disclaimers, 0, text] Enter a disclaimer",
                "[input, requiredHashtags, 1, campaignId] This campaign already has a hashtag rule: add the hashtags "
                        + "there",
                "[input, requiredHashtags, 1, hashtags, 1] Each hashtag needs some text");
    }

    private static String token(String subject, Role role) {
        return TestTokens.token(subject, ORG, List.of(role.name()), List.of(), TestTokens.ISSUER,
                Instant.now().plusSeconds(3600));
    }
}
