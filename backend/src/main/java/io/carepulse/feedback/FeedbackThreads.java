package io.carepulse.feedback;

import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Instant;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads of the inbox, always inside the caller's organisation. */
@Component
public class FeedbackThreads {

    record Filter(java.util.List<Status> status, java.util.List<FeedbackThread.Source> source, String assignee,
            String tag, Boolean overdue, String search, Boolean hasPhi, String theme, Instant createdFrom,
            Instant createdTo) {
    }

    /** Threads a theme filter may name at most (the newest of them). */
    static final int THEMED_THREADS_MAX = 2_000;

    private final TenantMongo mongo;

    FeedbackThreads(TenantMongo mongo) {
        this.mongo = mongo;
    }

    public Mono<FeedbackThread> byId(ObjectId id) {
        return mongo.findById(id, FeedbackThread.class);
    }

    /** The thread a connector sent before under this source and external ID (a unique-key lookup). */
    Mono<FeedbackThread> bySourceKey(String sourceKey) {
        return mongo.find(Query.query(Criteria.where("sourceKey").is(sourceKey)), FeedbackThread.class).next();
    }

    /** Newest activity first; {@code onlyAssignedTo} narrows to one person's threads (a clinical reviewer's). */
    Mono<Connection<FeedbackThread>> page(Filter filter, String onlyAssignedTo, Instant now, PageRequest request,
            boolean withTotal) {
        Criteria criteria = criteria(filter, now);
        if (onlyAssignedTo != null) {
            criteria.and("assignee").is(onlyAssignedTo);
        }
        if (filter != null && filter.theme() != null && !filter.theme().isBlank()) {
            return themed(filter.theme().strip()).flatMap(ids -> mongo.page(KeysetQuery.byInstant("lastActivityAt",
                    Sort.Direction.DESC, FeedbackThread::lastActivityAt, FeedbackThread::id),
                    criteria.and("_id").in(ids), request, withTotal, FeedbackThread.class));
        }
        return mongo.page(KeysetQuery.byInstant("lastActivityAt", Sort.Direction.DESC, FeedbackThread::lastActivityAt,
                FeedbackThread::id), criteria, request, withTotal, FeedbackThread.class);
    }

    /**
     * The inbox threads whose patient message touches a theme (a taxonomy key) or uses a phrase
     * ({@code phrase:<term>}, as feedbackThemes names an emerging phrase), newest first.
     */
    private Mono<java.util.List<ObjectId>> themed(String theme) {
        if (theme.startsWith("phrase:") && !theme.substring("phrase:".length()).matches("[\\p{L}\\p{N} ]{1,80}")) {
            return Mono.just(java.util.List.of());
        }
        Criteria touches = theme.startsWith("phrase:")
                ? Criteria.where("terms." + theme.substring("phrase:".length())).exists(true)
                : Criteria.where("themes").is(theme);
        Query query = Query.query(touches.and("inboxThread").ne(null))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(THEMED_THREADS_MAX);
        return mongo.find(query, ThemedMessage.class).map(ThemedMessage::inboxThread).collectList();
    }

    private static Criteria criteria(Filter filter, Instant now) {
        Criteria criteria = new Criteria();
        if (filter == null) {
            return criteria;
        }
        if (filter.status() != null && !filter.status().isEmpty()) {
            criteria.and("status").in(filter.status());
        }
        if (filter.source() != null && !filter.source().isEmpty()) {
            criteria.and("source").in(filter.source());
        }
        if (filter.assignee() != null && filter.assignee().isEmpty()) {
            criteria.and("assignee").is(null);
        } else if (filter.assignee() != null) {
            GlobalId user = GlobalId.parse(filter.assignee());
            criteria.and("assignee").is(user != null && user.type().equals("User") ? user.key() : filter.assignee());
        }
        if (filter.tag() != null) {
            criteria.and("tags").is(filter.tag().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.hasPhi() != null) {
            criteria.and("hasPhi").is(filter.hasPhi());
        }
        if (filter.createdFrom() != null || filter.createdTo() != null) {
            // When the patient wrote (a connector may bring in messages written long ago), not when it came in.
            Criteria created = criteria.and("messages.0.sentAt");
            if (filter.createdFrom() != null) {
                created.gte(filter.createdFrom());
            }
            if (filter.createdTo() != null) {
                created.lt(filter.createdTo());
            }
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            criteria.and("firstRespondedAt").is(null).and("firstResponseDueAt").lt(now);
            criteria.and("status").ne(Status.RESOLVED);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            criteria.orOperator(Criteria.where("firstRespondedAt").ne(null), Criteria.where("firstResponseDueAt").gte(now),
                    Criteria.where("status").is(Status.RESOLVED));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            Pattern pattern = Pattern.compile(Pattern.quote(filter.search().strip()), Pattern.CASE_INSENSITIVE);
            Criteria matches = new Criteria().orOperator(Criteria.where("messages.text").regex(pattern),
                    Criteria.where("authorName").regex(pattern), Criteria.where("authorHandle").regex(pattern),
                    Criteria.where("tags").regex(pattern));
            criteria.andOperator(matches);
        }
        return criteria;
    }

    @Bean
    static IndexDeclaration feedbackIndexes() {
        return IndexDeclaration.of(FeedbackThread.COLLECTION,
                new Index().on("organizationId", Sort.Direction.ASC).on("lastActivityAt", Sort.Direction.DESC),
                // Every thread has one (its own ID when no connector sent it), so the index needs no sparseness.
                new Index().on("organizationId", Sort.Direction.ASC).on("sourceKey", Sort.Direction.ASC).unique(),
                new Index().on("organizationId", Sort.Direction.ASC).on("assignee", Sort.Direction.ASC));
    }
}
