package io.carepulse.content;

import io.carepulse.campaign.Campaign;
import io.carepulse.campaign.Campaigns;
import io.carepulse.content.ContentPayloads.AcknowledgePostingPolicyPayload;
import io.carepulse.content.ContentPayloads.UpdatePostingPolicyPayload;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The posting policy: written by ADMINs (each change a new version), acknowledged by each staff
 * member before they create content, and its rules applied at submission by {@link PolicyRules}.
 */
@Controller
class PostingPolicies {

    static final int TEXT_MAX = 20_000;

    record DisclaimerInput(String text, List<ContentFormat> formats, List<String> topics) {
    }

    record HashtagsInput(String campaignId, List<String> hashtags) {
    }

    record UpdatePostingPolicyInput(int expectedVersion, String text, List<String> blockedPhrases,
            List<DisclaimerInput> disclaimers, List<HashtagsInput> requiredHashtags) {
    }

    record AcknowledgePostingPolicyInput(int version) {
    }

    private final TenantMongo mongo;
    private final Campaigns campaigns;
    private final Directory directory;
    private final Clock clock;

    PostingPolicies(TenantMongo mongo, Campaigns campaigns, Directory directory, Clock clock) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.directory = directory;
        this.clock = clock;
    }

    /** The caller's organisation's policy (version 0 and empty when none was written). */
    Mono<PostingPolicy> current() {
        return mongo.tenant().flatMap(org -> mongo.findById(org, PostingPolicy.class)
                .defaultIfEmpty(PostingPolicy.none(org)));
    }

    /** Whether the caller acknowledged the current version (nothing to acknowledge at version 0). */
    Mono<Boolean> acknowledged(PostingPolicy policy) {
        if (policy.version() == 0) {
            return Mono.just(true);
        }
        return CurrentCaller.required().flatMap(caller -> mongo.findById(PostingPolicy.Acknowledgement.id(
                policy.organizationId(), caller.subject(), policy.version()), PostingPolicy.Acknowledgement.class)
                .hasElement());
    }

    @QueryMapping
    Mono<PostingPolicy> postingPolicy() {
        return current();
    }

    @SchemaMapping(typeName = "PostingPolicy")
    Mono<Boolean> acknowledgedByMe(PostingPolicy policy) {
        return acknowledged(policy);
    }

    @SchemaMapping(typeName = "PostingPolicy")
    Mono<User> updatedBy(PostingPolicy policy) {
        return policy.updatedBy() == null ? Mono.empty() : directory.user(policy.updatedBy());
    }

    @SchemaMapping(typeName = "RequiredHashtags")
    Mono<Campaign> campaign(PostingPolicy.Hashtags hashtags) {
        return campaigns.byId(hashtags.campaignId());
    }

    @MutationMapping
    Mono<UpdatePostingPolicyPayload> updatePostingPolicy(@Argument UpdatePostingPolicyInput input) {
        InputChecks checks = new InputChecks(FieldLabels.of(java.util.Map.of("text", "Policy text",
                "disclaimers.text", "Disclaimer", "requiredHashtags.hashtags", "Hashtags",
                "requiredHashtags.campaignId", "Campaign")));
        String text = checks.text("text", input.text(), TEXT_MAX, true);
        List<String> blocked = checks.strings("blockedPhrases", input.blockedPhrases(), 200, 200);
        List<PostingPolicy.Disclaimer> disclaimers = new ArrayList<>();
        List<DisclaimerInput> given = input.disclaimers() == null ? List.of() : input.disclaimers();
        for (int i = 0; i < given.size(); i++) {
            String disclaimer = checks.textAt(given.get(i).text(), 500, true, "disclaimers", String.valueOf(i), "text");
            if (disclaimer != null) {
                disclaimers.add(new PostingPolicy.Disclaimer(disclaimer, given.get(i).formats() == null ? List.of()
                        : given.get(i).formats(), given.get(i).topics() == null ? List.of() : given.get(i).topics()));
            }
        }
        List<PostingPolicy.Hashtags> hashtags = new ArrayList<>();
        List<HashtagsInput> tags = input.requiredHashtags() == null ? List.of() : input.requiredHashtags();
        java.util.Set<ObjectId> campaigns = new java.util.HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            ObjectId campaign = GlobalId.objectId(tags.get(i).campaignId(), Campaign.TYPE);
            checks.check(campaign != null, UserErrorCode.INVALID, "Choose a campaign from the list", "requiredHashtags",
                    String.valueOf(i), "campaignId");
            checks.check(campaign == null || campaigns.add(campaign), UserErrorCode.INVALID,
                    "This campaign already has a hashtag rule: add the hashtags there", "requiredHashtags",
                    String.valueOf(i), "campaignId");
            List<String> required = checks.stringsAt(tags.get(i).hashtags(), 30, 101, "requiredHashtags",
                    String.valueOf(i), "hashtags");
            if (campaign != null) {
                hashtags.add(new PostingPolicy.Hashtags(campaign, required));
            }
        }
        if (!checks.ok()) {
            return Mono.just(new UpdatePostingPolicyPayload(null, checks.errors()));
        }
        return Mono.zip(CurrentCaller.required(), current()).flatMap(found -> {
            var caller = found.getT1();
            if (found.getT2().version() != input.expectedVersion()) {
                return Mono.just(new UpdatePostingPolicyPayload(null, List.of(io.carepulse.platform.tenancy
                        .UpdatePayloads.conflict("posting policy", found.getT2().version()))));
            }
            int next = input.expectedVersion() + 1;
            Update update = new Update().set("version", next).set("text", text).set("blockedPhrases", blocked)
                    .set("disclaimers", disclaimers).set("requiredHashtags", hashtags)
                    .set("updatedAt", clock.instant()).set("updatedBy", caller.subject());
            Query query = Query.query(Criteria.where("_id").is(caller.organization())
                    .and("version").is(input.expectedVersion()));
            // Version 0 has no document: the first write inserts it, and a racing first write collides on _id.
            return mongo.upsert(query, update, PostingPolicy.class)
                    .map(policy -> new UpdatePostingPolicyPayload(policy, List.of()))
                    .onErrorResume(DuplicateKeyException.class, e -> current().map(now -> new UpdatePostingPolicyPayload(
                            null, List.of(io.carepulse.platform.tenancy.UpdatePayloads.conflict("posting policy",
                                    now.version())))));
        });
    }

    @MutationMapping
    Mono<AcknowledgePostingPolicyPayload> acknowledgePostingPolicy(@Argument AcknowledgePostingPolicyInput input) {
        return Mono.zip(current(), CurrentCaller.required()).flatMap(found -> {
            PostingPolicy policy = found.getT1();
            if (policy.version() == 0 || policy.version() != input.version()) {
                return Mono.just(new AcknowledgePostingPolicyPayload(null, List.of(UserError.onInput(
                        UserErrorCode.CONFLICT, "The policy changed since you read it: read the current version",
                        "version"))));
            }
            String id = PostingPolicy.Acknowledgement.id(policy.organizationId(), found.getT2().subject(),
                    policy.version());
            return mongo.insert(org -> new PostingPolicy.Acknowledgement(id, org, found.getT2().subject(),
                            policy.version(), clock.instant()))
                    .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                    .then(Mono.just(new AcknowledgePostingPolicyPayload(policy, List.of())));
        });
    }

    static UserError notAcknowledged() {
        return UserError.of(ContentErrorCode.POLICY_NOT_ACKNOWLEDGED,
                "Read and acknowledge your organisation's posting policy before creating content", "postingPolicy");
    }
}
