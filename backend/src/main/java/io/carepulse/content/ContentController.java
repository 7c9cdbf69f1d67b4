package io.carepulse.content;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.campaign.Campaign;
import io.carepulse.campaign.Campaigns;
import io.carepulse.consent.Consent;
import io.carepulse.consent.Consents;
import io.carepulse.content.ContentInputs.ContentFilter;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.phi.PhiFinding;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.text.Readability;
import io.carepulse.segment.AudienceSegment;
import io.carepulse.segment.AudienceSegments;
import io.carepulse.segment.Channel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** GraphQL type {@code Content} and its queries. */
@Controller
class ContentController {

    static final int SCAN_MAX = ContentRules.BODY_MAX;

    private final Contents contents;
    private final ContentChecks checks;
    private final Campaigns campaigns;
    private final AudienceSegments segments;
    private final Consents consents;
    private final Directory directory;

    ContentController(Contents contents, ContentChecks checks, Campaigns campaigns, AudienceSegments segments,
            Consents consents, Directory directory) {
        this.contents = contents;
        this.checks = checks;
        this.campaigns = campaigns;
        this.segments = segments;
        this.consents = consents;
        this.directory = directory;
    }

    @QueryMapping
    Mono<Connection<Content>> contents(@Argument Integer first, @Argument String after, @Argument Integer last,
            @Argument String before, @Argument ContentFilter filter, DataFetchingFieldSelectionSet selection) {
        return contents.page(filter, PageRequest.of(first, after, last, before), selection.contains("totalCount"));
    }

    @QueryMapping
    Mono<Content> content(@Argument String id) {
        ObjectId objectId = GlobalId.objectId(id, Content.TYPE);
        if (objectId == null) {
            return Mono.error(new BadInputException("id is not a Content ID", "id"));
        }
        return contents.byId(objectId);
    }

    @QueryMapping
    Mono<List<Content>> reviewQueue(@Argument Content.ReviewKind kind) {
        return contents.waitingIn(kind == Content.ReviewKind.COMPLIANCE ? ContentStatus.IN_COMPLIANCE_REVIEW
                : ContentStatus.IN_REVIEW).collectList();
    }

    @QueryMapping
    List<String> contentTopics() {
        return ContentTopics.DEFAULTS;
    }

    @QueryMapping
    Mono<List<PhiFinding>> scanText(@Argument String text) {
        if (text != null && text.length() > SCAN_MAX) {
            return Mono.error(new BadInputException("Text must be " + String.format("%,d", SCAN_MAX)
                    + " characters or fewer", "text"));
        }
        return checks.scan(text == null ? "" : text);
    }

    @SchemaMapping
    Set<ContentStatus> allowedTransitions(Content content) {
        return content.status().next();
    }

    @SchemaMapping
    List<VariantView> variants(Content content) {
        return content.variants().stream().map(v -> new VariantView(v.channel(), v.text(),
                ChannelLimits.length(v.text()), ChannelLimits.of(v.channel()))).toList();
    }

    @SchemaMapping
    double readingGrade(Content content) {
        return Math.round(Readability.of(content.body()).grade() * 10) / 10.0;
    }

    @SchemaMapping
    Mono<List<FindingView>> phiFindings(Content content) {
        return checks.findings(content).map(findings -> findings.stream().map(f -> new FindingView(f.field(),
                f.finding().type(), f.finding().severity(), f.finding().start(), f.finding().end(),
                f.coveredByConsent(), f.overridden())).toList());
    }

    @SchemaMapping
    Mono<Campaign> campaign(Content content) {
        return content.campaignId() == null ? Mono.empty() : campaigns.byId(content.campaignId());
    }

    @SchemaMapping
    Mono<List<AudienceSegment>> segments(Content content) {
        return content.segmentIds().isEmpty() ? Mono.just(List.of()) : segments.byIds(content.segmentIds())
                .map(found -> content.segmentIds().stream().map(found::get).filter(Objects::nonNull).toList());
    }

    @SchemaMapping
    Mono<List<Consent>> consents(Content content) {
        return Flux.fromIterable(content.consentIds()).concatMap(consents::byId).collectList();
    }

    @BatchMapping
    Mono<Map<Content, User>> createdBy(List<Content> page) {
        return directory.usersOf(page, Content::createdBy);
    }

    @BatchMapping
    Mono<Map<Content, User>> lastEditedBy(List<Content> page) {
        return directory.usersOf(page, Content::lastEditedBy);
    }

    @SchemaMapping(typeName = "ContentReview")
    Mono<User> reviewer(Content.Review review) {
        return directory.user(review.reviewer());
    }

    @SchemaMapping(typeName = "ContentRevision")
    Mono<User> editor(Content.Revision revision) {
        return directory.user(revision.editor());
    }

    @SchemaMapping(typeName = "PhiOverride")
    Mono<User> by(Content.PhiOverride override) {
        return directory.user(override.by());
    }

    @SchemaMapping(typeName = "Takedown")
    Mono<User> confirmedBy(Content.Takedown takedown) {
        return takedown.confirmedBy() == null ? Mono.empty() : directory.user(takedown.confirmedBy());
    }

    @Bean
    static NodeFetcher<Content> contentNodes(Contents contents) {
        return NodeFetcher.byObjectId(Content.TYPE, Content::id, contents::byId);
    }

    record VariantView(Channel channel, String text, int length, int limit) {
    }

    record FindingView(String field, io.carepulse.phi.PhiType type, io.carepulse.phi.PhiType.Severity severity,
            int start, int end, boolean coveredByConsent, boolean overridden) {
    }
}
