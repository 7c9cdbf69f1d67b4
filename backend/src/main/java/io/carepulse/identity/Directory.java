package io.carepulse.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.Role;
import io.carepulse.platform.tenancy.KeysetQuery;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Organisations and users as the identity provider describes them. The provider is the source
 * of truth; CarePulse remembers what the last token said so it can show names.
 */
@Component
public class Directory {

    private static final java.time.Duration RECENT = java.time.Duration.ofMinutes(1);
    private static final int RECENT_MAX = 10_000;

    private final TenantMongo tenantMongo;
    private final Clock clock;
    /** Profiles remembered in the last minute (bounded; at worst, people are written again). */
    private final Cache<String, Boolean> recentlyRemembered = Caffeine.newBuilder().maximumSize(RECENT_MAX)
            .expireAfterWrite(RECENT).build();

    public Directory(TenantMongo tenantMongo, Clock clock) {
        this.tenantMongo = tenantMongo;
        this.clock = clock;
    }

    /** Records the caller's organisation and profile (one upsert each, both idempotent). */
    public Mono<User> remember(Caller caller) {
        Update org = new Update().setOnInsert("createdAt", clock.instant());
        if (caller.organizationName() != null) {
            org.set("name", caller.organizationName());
        } else {
            org.setOnInsert("name", caller.organization());
        }
        Update user = new Update().set("email", caller.email()).set("name", caller.name())
                .set("roles", caller.roles().stream().sorted().toList()).set("lastSeenAt", clock.instant());
        return tenantMongo.upsertOwnOrganization(org, Organization.class)
                .then(tenantMongo.upsert(Query.query(Criteria.where("subject").is(caller.subject())), user, User.class));
    }

    /**
     * Like {@link #remember}, but only if this instance has not remembered the same profile in the
     * last minute: a staff member's mutations (an approval every few seconds in a live session)
     * need not write the same name, roles and a new last-seen time each time.
     */
    public Mono<Void> rememberRecently(Caller caller) {
        String profile = caller.organization() + "|" + caller.subject() + "|" + caller.organizationName() + "|"
                + caller.email() + "|" + caller.name() + "|" + caller.roles().stream().sorted().toList();
        if (recentlyRemembered.getIfPresent(profile) != null) {
            return Mono.empty();
        }
        return remember(caller).doOnSuccess(user -> recentlyRemembered.put(profile, Boolean.TRUE)).then();
    }

    /** The caller's own organisation. */
    public Mono<Organization> ownOrganization() {
        return tenantMongo.tenant().flatMap(slug -> tenantMongo.findOwnOrganization(Organization.class)
                .defaultIfEmpty(new Organization(slug, slug, null)));
    }

    /** Users of the caller's organisation by subject, for batch loading. */
    public Mono<Map<String, User>> usersBySubject(Collection<String> subjects) {
        return tenantMongo.find(Query.query(Criteria.where("subject").in(subjects)), User.class)
                .collectMap(User::subject, Function.identity());
    }

    /**
     * The user behind each item (an owner, an actor…), loaded with one query for all of them:
     * the batch loader of every {@code User}-typed field.
     */
    public <T> Mono<Map<T, User>> usersOf(List<T> items, Function<T, String> subjectOf) {
        Set<String> subjects = items.stream().map(subjectOf).collect(Collectors.toSet());
        return usersBySubject(subjects).map(found -> {
            Map<T, User> result = new LinkedHashMap<>();
            items.forEach(item -> {
                String subject = subjectOf.apply(item);
                result.put(item, found.getOrDefault(subject, new User(null, null, subject, null, null, List.of(), null)));
            });
            return result;
        });
    }

    public Mono<User> user(String subject) {
        return tenantMongo.findOne(Query.query(Criteria.where("subject").is(subject)), User.class);
    }

    /**
     * Users of the caller's organisation by global ID, for inputs that name people (a live
     * session's moderators). Each ID maps to its user, or is missing when it names nobody of the
     * organisation.
     */
    public Mono<Map<String, User>> usersByIds(Collection<String> ids) {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (String id : ids) {
            GlobalId parsed = GlobalId.parse(id);
            if (parsed != null && parsed.type().equals(User.TYPE)) {
                subjects.put(parsed.key(), id);
            }
        }
        if (subjects.isEmpty()) {
            return Mono.just(Map.of());
        }
        return usersBySubject(subjects.keySet()).map(found -> {
            Map<String, User> result = new LinkedHashMap<>();
            found.forEach((subject, user) -> result.put(subjects.get(subject), user));
            return result;
        });
    }

    /** One page of the caller's organisation's users, by subject (the e-mail address, for staff). */
    public Mono<Connection<User>> page(Set<Role> roles, PageRequest request, boolean withTotal) {
        Criteria filter = new Criteria();
        if (roles != null && !roles.isEmpty()) {
            filter.and("roles").in(roles);
        }
        return tenantMongo.page(BY_NAME, filter, request, withTotal, User.class);
    }

    private static final KeysetQuery<User> BY_NAME = new KeysetQuery<>("subject", Sort.Direction.ASC, v -> v,
            User::subject, User::id);

    @Bean
    static IndexDeclaration userIndexes() {
        return IndexDeclaration.of(User.COLLECTION,
                new Index().on("organizationId", Sort.Direction.ASC).on("subject", Sort.Direction.ASC).unique());
    }
}
