package io.carepulse.content;

import io.carepulse.consent.ConsentPurposeKind;
import io.carepulse.platform.tenancy.Versioned;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A content item (GraphQL {@code Content}). Its reviews and revisions are kept in the item, so a
 * change, the revision that records it and the status it leads to are one write.
 *
 * @param lastEditedBy who made the last change to what is reviewed: they may not approve it
 * @param clinicalApprovedBy the clinical approver of the current review round, who may not also give
 *     the compliance approval
 * @param approvedHash the {@link ContentHash} of what was approved; scheduling and publishing compare it
 * @param publications one per channel scheduled or published, each published at most once
 * @param takedowns what a person must confirm was taken down after a retraction
 * @param correctionOf the published item this one corrects, retracted when this one is published
 */
@Document(Content.COLLECTION)
public record Content(@Id ObjectId id, String organizationId, String title, String body, ContentFormat format,
        ContentStatus status, List<String> topics, ObjectId campaignId, List<ObjectId> segmentIds, String language,
        List<Variant> variants, List<Media> media, List<Citation> citations, ConsentPurposeKind purpose,
        List<ObjectId> consentIds, List<Review> reviews, List<Comment> comments, List<PhiOverride> phiOverrides,
        List<Revision> revisions,
        String createdBy,
        String lastEditedBy, String clinicalApprovedBy, String approvedHash, Instant approvedAt, Instant publishAt,
        List<Publication> publications, List<Takedown> takedowns, ObjectId correctionOf, Instant createdAt,
        Instant updatedAt, int version) implements Versioned {

    public static final String COLLECTION = "contents";
    public static final String TYPE = "Content";

    @Override
    public boolean equals(Object other) {
        return other instanceof Content that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    public record Variant(Channel channel, String text) {
    }

    public enum MediaKind { IMAGE, INFOGRAPHIC, VIDEO, PODCAST }

    public record Media(MediaKind kind, String url, String altText, String captionsUrl, String transcript) {
    }

    public record Citation(String title, String url) {
    }

    public enum ReviewKind { CLINICAL, COMPLIANCE }

    public enum ReviewDecision { APPROVE, REQUEST_CHANGES, REJECT }

    /** A review decision, with the hash of the exact content it was given on. */
    public record Review(ReviewKind kind, ReviewDecision decision, String notes, String reviewer, Instant at,
            String contentHash) {
    }

    /** One change: who, when, which fields, and the texts as the change left them (for diffs). */
    public record Revision(int number, String editor, Instant at, List<String> changedFields, Snapshot snapshot) {
    }

    /** The texts of a revision: what a diff compares. */
    public record Snapshot(String title, String body, List<Variant> variants) {
    }

    /** A compliance officer's decision to let one finding's text through, with why. */
    public record PhiOverride(String field, io.carepulse.phi.PhiType type, String quote, String justification,
            String by, Instant at) {
    }

    public enum AnchorKind { TITLE, BODY, VARIANT, MEDIA }

    /** What a comment is about, and the text it covered then. */
    public record Anchor(AnchorKind kind, Integer start, Integer end, Channel channel, Integer mediaIndex,
            String quote) {
    }

    public record Reply(String author, String text, Instant at) {
    }

    /** A review comment, threaded; open ones block an approval. */
    public record Comment(String id, Anchor anchor, String author, String text, Instant at, List<Reply> replies,
            String resolvedBy, Instant resolvedAt) {

        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    /** Comments not resolved yet. */
    public long openComments() {
        return comments == null ? 0 : comments.stream().filter(c -> !c.resolved()).count();
    }

    public enum PublicationState { PENDING, PUBLISHING, PUBLISHED, FAILED, RETRACTED }

    /** One channel's publication: claimed (PUBLISHING) before the publisher is called, so never twice. */
    public record Publication(Channel channel, PublicationState state, String postId, String reason, Instant at) {
    }

    public enum TakedownState { OPEN, CONFIRMED }

    /** A retracted post a person must confirm is gone from its channel. */
    public record Takedown(Channel channel, String postId, String reason, TakedownState state, Instant createdAt,
            String confirmedBy, Instant confirmedAt) {
    }

    /** The publication of a channel, if it has one. */
    public Publication publication(Channel channel) {
        return publications == null ? null
                : publications.stream().filter(p -> p.channel() == channel).findFirst().orElse(null);
    }
}
