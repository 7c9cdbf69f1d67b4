package io.carepulse.content;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import java.util.List;

/** Payloads of the content mutations: each names the item it acted on. */
final class ContentPayloads {

    private ContentPayloads() {
    }

    interface ContentPayload extends MutationPayload {
        Content content();

        @Override
        default String auditTargetId() {
            return content() == null ? null : GlobalId.encode(Content.TYPE, content().id());
        }

        @Override
        default String auditTargetType() {
            return Content.TYPE;
        }
    }

    record CreateContentPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record UpdateContentPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record SubmitContentForReviewPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record ReviewContentPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record ArchiveContentPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record ScheduleContentPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record UnscheduleContentPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record PublishContentPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record RetractContentPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    record ConfirmTakedownPayload(Content content, List<UserError> userErrors) implements ContentPayload {
    }

    /** Audited on the organisation's policy (no Node of its own). */
    record UpdatePostingPolicyPayload(PostingPolicy postingPolicy, List<UserError> userErrors)
            implements MutationPayload {

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return "PostingPolicy";
        }
    }

    record AcknowledgePostingPolicyPayload(PostingPolicy postingPolicy, List<UserError> userErrors)
            implements MutationPayload {

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return "PostingPolicy";
        }
    }
}
