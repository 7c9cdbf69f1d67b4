package io.carepulse.content;

import io.carepulse.consent.ConsentPurposeKind;
import io.carepulse.segment.Channel;
import java.util.List;
import java.util.Locale;
import org.springframework.graphql.data.ArgumentValue;

/** GraphQL inputs of content. */
final class ContentInputs {

    private ContentInputs() {
    }

    record ContentFilter(List<ContentStatus> status, ContentFormat format, String campaignId, String topic,
            String search, Boolean openTakedowns) {
    }

    record ContentVariantInput(Channel channel, String text) {
    }

    record MediaAssetInput(Content.MediaKind kind, String url, String altText, String captionsUrl,
            String transcript) {
    }

    record CitationInput(String title, String url) {
    }

    record CreateContentInput(String title, String body, ContentFormat format, List<String> topics,
            String campaignId, List<String> segmentIds, Locale language, List<ContentVariantInput> variants,
            List<MediaAssetInput> media, List<CitationInput> citations, ConsentPurposeKind purpose,
            List<String> consentIds) {
    }

    record UpdateContentInput(String id, int expectedVersion, ArgumentValue<String> title,
            ArgumentValue<String> body, ArgumentValue<ContentFormat> format, ArgumentValue<List<String>> topics,
            ArgumentValue<String> campaignId, ArgumentValue<List<String>> segmentIds,
            ArgumentValue<Locale> language, ArgumentValue<List<ContentVariantInput>> variants,
            ArgumentValue<List<MediaAssetInput>> media, ArgumentValue<List<CitationInput>> citations,
            ArgumentValue<ConsentPurposeKind> purpose, ArgumentValue<List<String>> consentIds) {
    }

    record SubmitContentForReviewInput(String contentId, int expectedVersion) {
    }

    record ReviewContentInput(String contentId, int expectedVersion, Content.ReviewDecision decision, String notes) {
    }

    record ArchiveContentInput(String contentId, int expectedVersion) {
    }

    record ScheduleContentInput(String contentId, int expectedVersion, java.time.Instant publishAt,
            List<Channel> channels) {
    }

    record UnscheduleContentInput(String contentId, int expectedVersion) {
    }

    record PublishContentInput(String contentId, int expectedVersion, List<Channel> channels) {
    }

    record RetractContentInput(String contentId, int expectedVersion, String reason) {
    }

    record ConfirmTakedownInput(String contentId, Channel channel) {
    }
}
