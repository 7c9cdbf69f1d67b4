package io.carepulse.demo;

import io.carepulse.consent.Consent;
import io.carepulse.consent.ConsentPurposeKind;
import io.carepulse.content.Content;
import io.carepulse.content.ContentFormat;
import io.carepulse.content.ContentHash;
import io.carepulse.content.ContentStatus;
import io.carepulse.segment.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Riverside's demo content in every state, so lists, both review queues and the calendar are alive
 * on first start: drafts, items in clinical and compliance review, approved, scheduled over the next
 * two weeks, published over the last two months, and a story retracted when its consent was
 * revoked, with its take-down to confirm. Written after the demo consents, which the stories link.
 */
@Component
class DemoContent {

    private static final String ORG = DemoData.RIVERSIDE;
    private static final String WRITER = "marketer@riverside.example";
    private static final String REVIEWER = "reviewer@riverside.example";
    private static final String COMPLIANCE = "compliance@riverside.example";
    private static final Content.Citation CDC = new Content.Citation("CDC: Handwashing",
            "https://www.cdc.gov/clean-hands/about/index.html");

    private final ReactiveMongoTemplate mongo;

    DemoContent(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> seed(Instant now) {
        Mono<Consent> active = consent(ConsentStatusOf.ACTIVE_WITH_DOCUMENT);
        Mono<Consent> revoked = consent(ConsentStatusOf.REVOKED);
        // Riverside's pediatric team introduces itself under #HelloMyNameIs, so the campaign has figures.
        Mono<java.util.Optional<ObjectId>> hello = mongo.findOne(Query.query(Criteria.where("organizationId").is(ORG)
                        .and("name").is("#HelloMyNameIs")), io.carepulse.campaign.Campaign.class)
                .map(campaign -> java.util.Optional.of(campaign.id())).defaultIfEmpty(java.util.Optional.empty());
        return Mono.zip(active, revoked, hello).flatMap(consents -> {
            List<Content> items = new ArrayList<>();
            items.add(item("Five foods for a healthy heart", ContentFormat.HEALTH_TIP, "Heart health",
                    ContentStatus.DRAFT, now.minus(Duration.ofDays(1)), List.of(), null, List.of(Channel.INSTAGRAM)));
            items.add(item("Flu shot myths, busted", ContentFormat.ARTICLE, "Vaccination", ContentStatus.IN_REVIEW,
                    now.minus(Duration.ofDays(2)), List.of(), null, List.of(Channel.FACEBOOK, Channel.LINKEDIN)));
            items.add(item("Sleep and your mood", ContentFormat.HEALTH_TIP, "Mental health",
                    ContentStatus.CHANGES_REQUESTED, now.minus(Duration.ofDays(3)), List.of(), null,
                    List.of(Channel.X)));
            items.add(item("Maria walks again", ContentFormat.PATIENT_STORY, "Chronic disease",
                    ContentStatus.IN_COMPLIANCE_REVIEW, now.minus(Duration.ofDays(1)), List.of(consents.getT1().id()),
                    null, List.of(Channel.FACEBOOK, Channel.INSTAGRAM)));
            items.add(item("Wash your hands in 20 seconds", ContentFormat.HEALTH_TIP, "Preventive care",
                    ContentStatus.APPROVED, now.minus(Duration.ofDays(4)), List.of(), null, List.of(Channel.X)));
            for (int i = 0; i < 3; i++) {
                items.add(item(List.of("Know your blood pressure numbers", "Movember: talk to your doctor",
                        "Your first mammogram: what to expect").get(i), ContentFormat.HEALTH_TIP, "Heart health",
                        ContentStatus.SCHEDULED, now.minus(Duration.ofDays(5)), List.of(),
                        now.plus(Duration.ofDays(2 + 4L * i)).plus(Duration.ofHours(9)),
                        List.of(i % 2 == 0 ? Channel.FACEBOOK : Channel.INSTAGRAM)));
            }
            for (int i = 0; i < 5; i++) {
                boolean introduction = i == 4;
                items.add(item(List.of("Vaccines for grown-ups", "Stay active this winter", "Healthy lunchboxes",
                        "Signs of a stroke: act FAST", "Meet our new pediatric team").get(i), ContentFormat.HEALTH_TIP,
                        "Preventive care", ContentStatus.PUBLISHED, now.minus(Duration.ofDays(60 - 12L * i)), List.of(),
                        now.minus(Duration.ofDays(55 - 12L * i)), introduction ? List.of(Channel.INSTAGRAM, Channel.X)
                                : List.of(Channel.FACEBOOK, Channel.X),
                        introduction ? consents.getT3().orElse(null) : null));
            }
            items.add(item("A new mom's first photo", ContentFormat.PATIENT_STORY, "Maternal health",
                    ContentStatus.RETRACTED, now.minus(Duration.ofDays(30)), List.of(consents.getT2().id()),
                    now.minus(Duration.ofDays(20)), List.of(Channel.INSTAGRAM)));
            return mongo.insertAll(items).then();
        });
    }

    private enum ConsentStatusOf { ACTIVE_WITH_DOCUMENT, REVOKED }

    private Mono<Consent> consent(ConsentStatusOf which) {
        Criteria criteria = Criteria.where("organizationId").is(ORG);
        criteria = which == ConsentStatusOf.REVOKED ? criteria.and("status").is("REVOKED")
                : criteria.and("status").is("ACTIVE").and("document").ne(null);
        return mongo.findOne(Query.query(criteria), Consent.class);
    }

    private static Content item(String title, ContentFormat format, String topic, ContentStatus status,
            Instant created, List<ObjectId> consents, Instant publishAt, List<Channel> channels) {
        return item(title, format, topic, status, created, consents, publishAt, channels, null);
    }

    private static Content item(String title, ContentFormat format, String topic, ContentStatus status,
            Instant created, List<ObjectId> consents, Instant publishAt, List<Channel> channels, ObjectId campaignId) {
        boolean story = format.isAboutAPatient();
        String body = story ? "Maria had knee surgery at Riverside last spring. Today she walks to the park with her "
                + "grandchildren again. \"I did not think I would,\" she says." : title + ". Small habits add up. "
                + "Ask your care team what is right for you. This is general information, not medical advice.";
        List<Content.Variant> variants = channels.stream().map(c -> new Content.Variant(c, title + " #RiversideHealth"))
                .toList();
        boolean approved = status.ordinal() >= ContentStatus.APPROVED.ordinal() && status != ContentStatus.REJECTED;
        List<Content.Review> reviews = new ArrayList<>();
        List<Content.Publication> publications = new ArrayList<>();
        List<Content.Takedown> takedowns = new ArrayList<>();
        Content draft = new Content(new ObjectId(), ORG, title, body, format, status, List.of(topic), campaignId, List.of(),
                "en-US", variants, List.of(), story ? List.of() : List.of(CDC), ConsentPurposeKind.EDUCATION,
                consents, reviews, List.of(), List.of(), List.of(new Content.Revision(1, WRITER, created,
                        List.of("title", "body"), new Content.Snapshot(title, body, variants))), WRITER,
                WRITER, null, null, null, null, publications, takedowns, null, created, created, 3);
        String hash = ContentHash.of(draft);
        if (status == ContentStatus.CHANGES_REQUESTED) {
            reviews.add(new Content.Review(Content.ReviewKind.CLINICAL, Content.ReviewDecision.REQUEST_CHANGES,
                    "Cite a source for the sleep figures.", REVIEWER, created.plus(Duration.ofHours(3)), hash));
        }
        if (status == ContentStatus.IN_COMPLIANCE_REVIEW || approved) {
            reviews.add(new Content.Review(Content.ReviewKind.CLINICAL, Content.ReviewDecision.APPROVE, null, REVIEWER,
                    created.plus(Duration.ofHours(5)), hash));
        }
        if (story && approved) {
            reviews.add(new Content.Review(Content.ReviewKind.COMPLIANCE, Content.ReviewDecision.APPROVE, null,
                    COMPLIANCE, created.plus(Duration.ofHours(6)), hash));
        }
        for (Channel channel : channels) {
            switch (status) {
                case SCHEDULED -> publications.add(new Content.Publication(channel, Content.PublicationState.PENDING,
                        null, null, null));
                case PUBLISHED -> publications.add(new Content.Publication(channel, Content.PublicationState.PUBLISHED,
                        channel.name().toLowerCase() + "-" + new ObjectId().toHexString(), null, publishAt));
                case RETRACTED -> {
                    String postId = channel.name().toLowerCase() + "-" + new ObjectId().toHexString();
                    String reason = "Consent was revoked";
                    publications.add(new Content.Publication(channel, Content.PublicationState.RETRACTED, postId,
                            reason, publishAt.plus(Duration.ofDays(8))));
                    takedowns.add(new Content.Takedown(channel, postId, reason, Content.TakedownState.OPEN,
                            publishAt.plus(Duration.ofDays(8)), null, null));
                }
                default -> {
                }
            }
        }
        Instant approvedAt = approved ? created.plus(Duration.ofHours(6)) : null;
        return new Content(draft.id(), ORG, title, body, format, status, List.of(topic), campaignId, List.of(), "en-US",
                variants, List.of(), draft.citations(), ConsentPurposeKind.EDUCATION, consents, reviews,
                status == ContentStatus.IN_REVIEW ? List.of(new Content.Comment(new ObjectId().toHexString(),
                        new Content.Anchor(Content.AnchorKind.TITLE, 0, 9, null, null, "Flu shot "), REVIEWER,
                        "Say which flu shot: the yearly one?", created.plus(Duration.ofHours(2)), List.of(), null,
                        null)) : List.of(),
                List.of(), draft.revisions(), WRITER, WRITER, status == ContentStatus.IN_COMPLIANCE_REVIEW ? REVIEWER : null,
                approved ? hash : null, approvedAt, status == ContentStatus.SCHEDULED ? publishAt : null, publications,
                takedowns, null, created, created.plus(Duration.ofHours(6)), 3);
    }
}
