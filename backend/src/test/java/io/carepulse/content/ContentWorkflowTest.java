package io.carepulse.content;

import static io.carepulse.content.ContentFixtures.MARKETER;
import static io.carepulse.content.ContentFixtures.REVIEWER;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A health tip through medical review: written and submitted by a marketer, approved by a
 * clinical reviewer who did not write it, and back to DRAFT the moment anyone edits it.
 */
class ContentWorkflowTest extends IntegrationTest {

    @Test
    void aHealthTipIsApprovedByAnotherPersonAndAnyEditAfterwardsReturnsItToDraft() {
        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER, ContentFixtures.healthTip(ContentFixtures.title("Tip")));
        Map<String, Object> submitted = ContentFixtures.submit(port, item);
        assertThat(data(submitted, "submitContentForReview.content.status")).as("%s", submitted).isEqualTo("IN_REVIEW");
        item = ContentFixtures.now(port, item);

        Map<String, Object> queue = new RawGraphQl(port).post(REVIEWER, "reviewQueue", Map.of("kind", "CLINICAL"));
        assertThat(queue.toString()).contains(item.id());

        Map<String, Object> approved = ContentFixtures.review(port, REVIEWER, item, "APPROVE", "Accurate.");
        assertThat(data(approved, "reviewContent.userErrors")).isEqualTo(List.of());
        assertThat(data(approved, "reviewContent.content.status")).isEqualTo("APPROVED");
        assertThat(data(approved, "reviewContent.content.reviews.0.decision")).isEqualTo("APPROVE");
        item = ContentFixtures.now(port, item);

        Map<String, Object> edited = new RawGraphQl(port).post(MARKETER, "updateContent", Map.of("input", Map.of(
                "id", item.id(), "expectedVersion", item.version(), "body", "Wash your hands for thirty seconds.")));
        assertThat(data(edited, "updateContent.content.status")).isEqualTo("DRAFT");
        assertThat(data(edited, "updateContent.content.revisions.1.number")).isEqualTo(2);
        assertThat(data(edited, "updateContent.content.revisions.1.changedFields")).isEqualTo(List.of("body"));

        Map<String, Object> diff = new RawGraphQl(port).post(MARKETER, "revisionDiff",
                Map.of("id", item.id(), "from", 1, "to", 2));
        assertThat(data(diff, "content.revisionDiff.0.field")).isEqualTo("body");
        assertThat(data(diff, "content.revisionDiff.0.lines")).isEqualTo(List.of(
                Map.of("kind", "REMOVED", "text", "Wash your hands for twenty seconds. Soap and water work best. "
                        + "Dry them well."),
                Map.of("kind", "ADDED", "text", "Wash your hands for thirty seconds.")));
        assertThat((List<?>) data(diff, "content.revisionDiff")).as("only the body changed").hasSize(1);
        Map<String, Object> missing = new RawGraphQl(port).post(MARKETER, "revisionDiff",
                Map.of("id", item.id(), "from", 1, "to", 9));
        assertThat(RawGraphQl.classifications(missing)).containsExactly("BAD_REQUEST");
    }

    @Test
    void anOpenCommentOnASpanOfTheBodyBlocksTheApprovalUntilItIsResolved() {
        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER, ContentFixtures.healthTip(
                ContentFixtures.title("Commented tip")));
        ContentFixtures.submit(port, item);
        item = ContentFixtures.now(port, item);
        Map<String, Object> added = new RawGraphQl(port).post(REVIEWER, "addContentComment", Map.of("input", Map.of(
                "contentId", item.id(), "anchor", Map.of("kind", "BODY", "start", 0, "end", 24),
                "text", "Twenty seconds: say how to count them")));
        assertThat(data(added, "addContentComment.comment.anchor.quote")).isEqualTo("Wash your hands for twen");
        String commentId = (String) data(added, "addContentComment.comment.id");
        assertThat(data(added, "addContentComment.content.version")).as("a comment is not an edit")
                .isEqualTo(item.version());

        Map<String, Object> blocked = ContentFixtures.review(port, REVIEWER, item, "APPROVE", null);
        assertThat(data(blocked, "reviewContent.userErrors.0.message")).isEqualTo(
                "Resolve the 1 open comment before approving");
        assertThat(data(blocked, "reviewContent.userErrors.0.code")).isEqualTo("COMMENTS_OPEN");

        Map<String, Object> resolve = Map.of("input", Map.of("contentId", item.id(), "commentId", commentId));
        assertThat(data(new RawGraphQl(port).post(REVIEWER, "resolveContentComment", resolve),
                "resolveContentComment.content.comments.0.resolved")).isEqualTo(true);
        Map<String, Object> twice = new RawGraphQl(port).post(REVIEWER, "resolveContentComment", resolve);
        assertThat(data(twice, "resolveContentComment.userErrors.0.message"))
                .isEqualTo("This comment is already resolved");

        // A reply carries the discussion on: the comment is open again, and blocks approval again.
        Map<String, Object> replied = new RawGraphQl(port).post(MARKETER, "replyToContentComment", Map.of("input",
                Map.of("contentId", item.id(), "commentId", commentId, "text", "Sing happy birthday twice.")));
        assertThat(replied.toString()).contains("Sing happy birthday twice.");
        assertThat(data(replied, "replyToContentComment.content.comments.0.resolved")).isEqualTo(false);
        assertThat(data(ContentFixtures.review(port, REVIEWER, item, "APPROVE", null),
                "reviewContent.userErrors.0.code")).isEqualTo("COMMENTS_OPEN");
        new RawGraphQl(port).post(REVIEWER, "resolveContentComment", resolve);

        Map<String, Object> elsewhere = new RawGraphQl(port).post(REVIEWER, "resolveContentComment", Map.of("input",
                Map.of("contentId", io.carepulse.platform.graphql.GlobalId.encode(Content.TYPE,
                        new org.bson.types.ObjectId().toHexString()), "commentId", commentId)));
        assertThat(data(elsewhere, "resolveContentComment.userErrors.0.code")).as("no such item").isEqualTo("NOT_FOUND");
        assertThat(data(elsewhere, "resolveContentComment.userErrors.0.field")).isEqualTo(List.of("input", "contentId"));
        Map<String, Object> approved = ContentFixtures.review(port, REVIEWER, item, "APPROVE", null);
        assertThat(data(approved, "reviewContent.content.status")).isEqualTo("APPROVED");

        Map<String, Object> outOfRange = new RawGraphQl(port).post(REVIEWER, "addContentComment", Map.of("input",
                Map.of("contentId", item.id(), "anchor", Map.of("kind", "BODY", "start", 5, "end", 100_000),
                        "text", "Too far")));
        assertThat(data(outOfRange, "addContentComment.userErrors.0.field"))
                .isEqualTo(List.of("input", "anchor", "start"));
    }

    @Test
    void nobodyApprovesWhatTheyWroteOrLastEdited() {
        String both = ContentFixtures.person("both.hats@riverside-health.test", Role.MARKETER, Role.CLINICAL_REVIEWER);
        ContentFixtures.Item item = ContentFixtures.create(port, both, ContentFixtures.healthTip(ContentFixtures.title("Own tip")));
        ContentFixtures.submit(port, item);
        item = ContentFixtures.now(port, item);

        Map<String, Object> own = ContentFixtures.review(port, both, item, "APPROVE", null);
        assertThat(data(own, "reviewContent.userErrors.0.code")).isEqualTo("SELF_APPROVAL");
        assertThat(ContentFixtures.status(port, item)).isEqualTo("IN_REVIEW");

        // Someone else wrote it, but the reviewer edited it last: still refused.
        ContentFixtures.Item other = ContentFixtures.create(port, MARKETER, ContentFixtures.healthTip(ContentFixtures.title("Edited")));
        new RawGraphQl(port).post(both, "updateContent", Map.of("input", Map.of("id", other.id(),
                "expectedVersion", other.version(), "title", ContentFixtures.title("Edited by the reviewer"))));
        other = ContentFixtures.now(port, other);
        ContentFixtures.submit(port, other);
        other = ContentFixtures.now(port, other);
        assertThat(data(ContentFixtures.review(port, both, other, "APPROVE", null), "reviewContent.userErrors.0.code"))
                .isEqualTo("SELF_APPROVAL");
    }

    @Test
    void aHealthTipWithoutCitationsIsNotApprovedAndChangesRequestedNeedNotes() {
        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER, ContentFixtures.with(
                ContentFixtures.healthTip(ContentFixtures.title("Uncited")), "citations", List.of()));
        ContentFixtures.submit(port, item);
        item = ContentFixtures.now(port, item);

        Map<String, Object> approved = ContentFixtures.review(port, REVIEWER, item, "APPROVE", null);
        assertThat(data(approved, "reviewContent.userErrors.0.code")).isEqualTo("CONTENT_INCOMPLETE");
        assertThat(data(approved, "reviewContent.userErrors.0.field")).isEqualTo(List.of("citations"));

        Map<String, Object> silent = ContentFixtures.review(port, REVIEWER, item, "REQUEST_CHANGES", " ");
        assertThat(data(silent, "reviewContent.userErrors.0.field")).isEqualTo(List.of("input", "notes"));
        Map<String, Object> changes = ContentFixtures.review(port, REVIEWER, item, "REQUEST_CHANGES", "Cite the CDC.");
        assertThat(data(changes, "reviewContent.content.status")).isEqualTo("CHANGES_REQUESTED");

        // Resubmitted as is: back in review.
        item = ContentFixtures.now(port, item);
        assertThat(data(ContentFixtures.submit(port, item), "submitContentForReview.content.status"))
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void aMarketerCannotReviewAndAnImageNeedsAltTextBeforeReview() {
        ContentFixtures.Item item = ContentFixtures.create(port, MARKETER, ContentFixtures.with(ContentFixtures.with(
                ContentFixtures.healthTip(ContentFixtures.title("Picture")), "format", "IMAGE"), "media", List.of(Map.of(
                        "kind", "IMAGE", "url", "https://cdn.example.org/handwashing.png"))));
        Map<String, Object> submitted = ContentFixtures.submit(port, item);
        assertThat(data(submitted, "submitContentForReview.userErrors.0.code")).isEqualTo("CONTENT_INCOMPLETE");
        assertThat(data(submitted, "submitContentForReview.userErrors.0.field"))
                .isEqualTo(List.of("input", "media", "0", "altText"));

        Map<String, Object> byMarketer = ContentFixtures.review(port, MARKETER, item, "APPROVE", null);
        assertThat(RawGraphQl.classifications(byMarketer)).containsExactly("FORBIDDEN");
    }
}
