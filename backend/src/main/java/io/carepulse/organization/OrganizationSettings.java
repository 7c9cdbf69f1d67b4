package io.carepulse.organization;

import io.carepulse.platform.tenancy.Versioned;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One organisation's settings (GraphQL {@code OrganizationSettings}); its id is the
 * organisation's slug, so reading them is a lookup by a unique key. An organisation without a
 * document has {@link #defaults}.
 *
 * @param questionRetentionDays days after a live session ends before participants' text is purged
 * @param reviewValidityDays days a content approval stays valid before it must be renewed
 * @param phiAllowList the organisation's own contact details and clinicians' names, which the PHI
 *     guard does not flag in its posts
 * @param missedPublications what the scheduler does with an item whose time passed while no
 *     instance was publishing
 * @param postingTargets posts per week the organisation aims for on a channel
 */
@Document(OrganizationSettings.COLLECTION)
public record OrganizationSettings(@Id String id, String organizationId, String timezone, int questionRetentionDays,
        Integer reviewValidityDays, java.util.List<String> phiAllowList, MissedPublications missedPublications,
        java.util.List<PostingTarget> postingTargets, Instant updatedAt, int version)
        implements Versioned {

    public static final String COLLECTION = "organization_settings";
    public static final int DEFAULT_QUESTION_RETENTION_DAYS = 30;
    public static final int DEFAULT_REVIEW_VALIDITY_DAYS = 180;

    public static OrganizationSettings defaults(String organization) {
        return new OrganizationSettings(organization, organization, "UTC", DEFAULT_QUESTION_RETENTION_DAYS,
                DEFAULT_REVIEW_VALIDITY_DAYS, java.util.List.of(), MissedPublications.PUBLISH_LATE, java.util.List.of(),
                null, 0);
    }

    /** The organisation's own phone numbers, addresses, web domains and clinicians' names: never PHI findings. */
    @Override
    public java.util.List<String> phiAllowList() {
        return phiAllowList == null ? java.util.List.of() : phiAllowList;
    }

    /** Days a content approval stays valid for scheduling and publishing (settings saved before it existed: the default). */
    @Override
    public Integer reviewValidityDays() {
        return reviewValidityDays == null ? DEFAULT_REVIEW_VALIDITY_DAYS : reviewValidityDays;
    }

    /** Settings saved before this existed publish late, as the scheduler always did. */
    @Override
    public MissedPublications missedPublications() {
        return missedPublications == null ? MissedPublications.PUBLISH_LATE : missedPublications;
    }

    @Override
    public java.util.List<PostingTarget> postingTargets() {
        return postingTargets == null ? java.util.List.of() : postingTargets;
    }

    /** The organisation's target for a channel, if it set one. */
    public java.util.Optional<Integer> postingTarget(io.carepulse.segment.Channel channel) {
        return postingTargets().stream().filter(target -> target.channel() == channel).findFirst()
                .map(PostingTarget::postsPerWeek);
    }

    /** Posts per week the organisation aims for on a channel (GraphQL {@code PostingTarget}). */
    public record PostingTarget(io.carepulse.segment.Channel channel, int postsPerWeek) {
    }

    /** What the content scheduler does with an item that came due while publishing was stopped. */
    public enum MissedPublications {
        /** Publish it at the next run, marked as late. */
        PUBLISH_LATE,
        /** Do not publish it: back to APPROVED, each channel failed with the time it missed, for a person to decide. */
        REPORT_LATE
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
