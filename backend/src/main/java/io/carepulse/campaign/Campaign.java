package io.carepulse.campaign;

import io.carepulse.platform.tenancy.Versioned;
import io.carepulse.segment.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** A social media campaign such as #HelloMyNameIs or Movember (GraphQL {@code Campaign}). */
@Document(Campaign.COLLECTION)
public record Campaign(@Id ObjectId id, String organizationId, String name, String description,
        List<String> hashtags, Objective objective, CampaignStatus status, LocalDate startDate, LocalDate endDate,
        List<Channel> channels, List<ObjectId> segmentIds, List<KpiTarget> kpiTargets, Money budget,
        String ownerSubject, Instant createdAt, Instant updatedAt, int version) implements Versioned {

    public static final String COLLECTION = "campaigns";
    public static final String TYPE = "Campaign";

    /** Identity is the document id: batch loaders key their results by it, cheaply. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Campaign that && java.util.Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    public enum Objective { AWARENESS, EDUCATION, PREVENTION, ENGAGEMENT, FUNDRAISING }

    public enum KpiMetric { REACH, IMPRESSIONS, ENGAGEMENT_RATE, FOLLOWERS_GAINED, FUNDS_RAISED }

    public record KpiTarget(KpiMetric metric, double target) {
    }

    /** An amount of money; stored as Decimal128 so cents never drift. */
    public record Money(@Field(targetType = FieldType.DECIMAL128) BigDecimal amount, String currency) {
    }
}
