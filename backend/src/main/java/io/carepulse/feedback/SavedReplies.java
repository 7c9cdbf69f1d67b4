package io.carepulse.feedback;

import io.carepulse.platform.crypto.Digests;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GraphQL type {@code SavedReply}: an organisation's replies for reuse. Every organisation starts
 * with a HIPAA-safe set (answers to reviews that confirm nothing about anyone's care, and an
 * invitation to move to a private channel), written the first time its replies are read, under
 * IDs derived from the organisation so two first reads write them once.
 */
@Controller
class SavedReplies {

    static final int TITLE_MAX = 120;
    static final int TEXT_MAX = 2000;

    private static final List<SavedReply> DEFAULTS = List.of(
            defaults("Thank you for your review", "Thank you for taking the time to share your feedback. We read every"
                    + " review and pass it on to our teams. Privacy rules keep us from discussing anyone's care in"
                    + " public, so please call our patient relations team at the number on our website: we would be"
                    + " glad to talk with you directly.", "review", SavedReply.HIPAA_SAFE),
            defaults("Sorry to hear about an experience", "We're sorry to hear this and we want to make it right. To"
                    + " protect everyone's privacy we can't discuss details here; please contact our patient relations"
                    + " team through our website or by phone so we can look into it with you.", "review", "negative",
                    SavedReply.HIPAA_SAFE),
            defaults("Thanks for the kind words", "Thank you for your kind words! We're proud of our team and will share"
                    + " your message with them.", "review", "positive", SavedReply.HIPAA_SAFE),
            defaults("Let's talk in private", "Thank you for reaching out. To protect your privacy, please don't share"
                    + " personal or health details here: send us a private message or call us, and we'll help you"
                    + " there.", "private", SavedReply.HIPAA_SAFE));

    record CreateSavedReplyInput(String title, String text, List<String> tags) {
    }

    record UpdateSavedReplyInput(String id, int expectedVersion, String title, String text, List<String> tags) {
    }

    record SavedReplyPayload(SavedReply savedReply, List<UserError> userErrors) implements MutationPayload {

        @Override
        public String auditTargetId() {
            return savedReply == null ? null : GlobalId.encode(SavedReply.TYPE, savedReply.id());
        }

        @Override
        public String auditTargetType() {
            return SavedReply.TYPE;
        }
    }

    private final TenantMongo mongo;
    private final Clock clock;

    SavedReplies(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    private static SavedReply defaults(String title, String text, String... tags) {
        return new SavedReply(null, null, title, text, List.of(tags), null, 1);
    }

    @QueryMapping
    Mono<List<SavedReply>> savedReplies() {
        return all().collectList();
    }

    /** The organisation's replies, by title; the default set written first if it has none. */
    Flux<SavedReply> all() {
        Query byTitle = new Query().with(Sort.by("title", "_id"));
        return mongo.find(byTitle, SavedReply.class).switchIfEmpty(Flux.defer(() -> mongo.tenant()
                .flatMapMany(org -> Flux.fromIterable(DEFAULTS).index().concatMap(entry -> PendingAudit.outside(
                        mongo.insert(tenant -> new SavedReply(defaultId(org, entry.getT1()), tenant,
                                entry.getT2().title(), entry.getT2().text(), entry.getT2().tags(), clock.instant(), 1)))
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())))
                .thenMany(mongo.find(byTitle, SavedReply.class))));
    }

    Mono<SavedReply> byId(ObjectId id) {
        return mongo.findById(id, SavedReply.class);
    }

    /**
     * A compliant reply to suggest for a thread: a HIPAA-safe one matching a review's stars
     * (negative for 1–2, positive for 4–5), else the first HIPAA-safe one for its visibility.
     */
    Mono<SavedReply> suggestionFor(FeedbackThread thread) {
        String mood = thread.rating() == null ? null : thread.rating() <= 2 ? "negative" : thread.rating() >= 4
                ? "positive" : null;
        String kind = thread.visibility() == FeedbackThread.Visibility.PRIVATE ? "private" : "review";
        return all().filter(reply -> reply.tags().contains(SavedReply.HIPAA_SAFE)).collectList().flatMap(safe -> {
            List<SavedReply> ranked = new ArrayList<>(safe);
            ranked.sort(java.util.Comparator.comparingInt((SavedReply r) -> (mood != null && r.tags().contains(mood)
                    ? 0 : 2) + (r.tags().contains(kind) ? 0 : 1)));
            return Mono.justOrEmpty(ranked.stream().findFirst());
        });
    }

    private static ObjectId defaultId(String organization, long index) {
        return new ObjectId(Digests.sha256Hex("saved-reply|" + organization + "|" + index).substring(0, 24));
    }

    @MutationMapping
    Mono<SavedReplyPayload> createSavedReply(@Argument CreateSavedReplyInput input) {
        InputChecks checks = new InputChecks();
        String title = checks.text("title", input.title(), TITLE_MAX, true);
        String text = checks.text("text", input.text(), TEXT_MAX, true);
        List<String> tags = tags(checks, input.tags());
        if (!checks.ok()) {
            return Mono.just(new SavedReplyPayload(null, checks.errors()));
        }
        return all().then(mongo.insert(org -> new SavedReply(new ObjectId(), org, title, text, tags, clock.instant(),
                1))).map(saved -> new SavedReplyPayload(saved, List.of()));
    }

    @MutationMapping
    Mono<SavedReplyPayload> updateSavedReply(@Argument UpdateSavedReplyInput input) {
        ObjectId id = GlobalId.objectId(input.id(), SavedReply.TYPE);
        if (id == null) {
            return Mono.just(new SavedReplyPayload(null, List.of(UpdatePayloads.notFound("saved reply"))));
        }
        InputChecks checks = new InputChecks();
        Update update = new Update().set("updatedAt", clock.instant());
        if (input.title() != null) {
            update.set("title", checks.text("title", input.title(), TITLE_MAX, true));
        }
        if (input.text() != null) {
            update.set("text", checks.text("text", input.text(), TEXT_MAX, true));
        }
        if (input.tags() != null) {
            update.set("tags", tags(checks, input.tags()));
        }
        if (!checks.ok()) {
            return Mono.just(new SavedReplyPayload(null, checks.errors()));
        }
        return mongo.updateVersioned(id, input.expectedVersion(), null, update, SavedReply.class)
                .map(outcome -> UpdatePayloads.of(outcome, "saved reply", SavedReplyPayload::new));
    }

    /** Lower case, trimmed, without repeats: at most 20 of at most 40 characters. */
    static List<String> tags(InputChecks checks, List<String> given) {
        return checks.strings("tags", given, 20, 40).stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct()
                .toList();
    }

    @Bean
    static NodeFetcher<SavedReply> savedReplyNodes(SavedReplies replies) {
        return NodeFetcher.byObjectId(SavedReply.TYPE, SavedReply::id, replies::byId);
    }
}
