package io.carepulse.analytics;

import io.carepulse.analytics.EngagementBatch.Item;
import io.carepulse.analytics.EngagementBatch.Logged;
import io.carepulse.analytics.EngagementBatch.Source;
import io.carepulse.analytics.EngagementBatch.SourceKind;
import io.carepulse.content.Content;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.segment.Channel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;

/**
 * Checks and records engagement items: each item is taken or refused on its own, those taken are
 * one {@link EngagementBatch}, written with its event in one insert (so an acknowledged call
 * survives a crash); {@link Rollups} counts them in within moments. Items name their post by
 * CarePulse content (which must be the organisation's) or by the platform's post ID (linked to the
 * content whose publication on that channel has it, if any).
 */
@org.springframework.stereotype.Component
class EngagementIntake {

    static final int ITEMS_MAX = 1_000;
    static final int POST_ID_MAX = 200;
    /** Larger than any platform's count: a value above it is a mistake. */
    static final double VALUE_MAX = 1e12;
    private static final Set<EngagementMetric> PAGE = Set.of(EngagementMetric.FOLLOWERS_GAINED,
            EngagementMetric.FOLLOWERS_LOST);

    record EngagementItemInput(String contentId, String externalPostId, Channel channel, EngagementMetric metric,
            Double value, Instant at, EngagementValueKind kind, Instant publishedAt) {

        /**
         * An item as GraphQL coerced it (enums as names, DateTimes as instants): read by hand, as
         * binding a thousand records by reflection costs more than recording them.
         */
        static EngagementItemInput of(Map<String, Object> item) {
            Object value = item.get("value");
            Object kind = item.get("kind");
            return new EngagementItemInput((String) item.get("contentId"), (String) item.get("externalPostId"),
                    Channel.valueOf(String.valueOf(item.get("channel"))),
                    EngagementMetric.valueOf(String.valueOf(item.get("metric"))),
                    value == null ? null : ((Number) value).doubleValue(), instant(item.get("at")),
                    kind == null ? null : EngagementValueKind.valueOf(String.valueOf(kind)),
                    instant(item.get("publishedAt")));
        }

        private static Instant instant(Object value) {
            return switch (value) {
                case null -> null;
                case Instant instant -> instant;
                case java.time.OffsetDateTime time -> time.toInstant();
                case java.time.ZonedDateTime time -> time.toInstant();
                default -> Instant.parse(String.valueOf(value));
            };
        }
    }

    /** An item and where it came from: its position in the call, or its line in a file. */
    record Numbered(EngagementItemInput item, int line, String[] path) {
    }

    /** A payload of engagement's mutations: audited as acting on the organisation's batches, not on one object. */
    interface EngagementPayload extends MutationPayload {

        @Override
        default String auditTargetId() {
            return null;
        }

        @Override
        default String auditTargetType() {
            return EngagementBatch.TYPE;
        }
    }

    record RecordEngagementPayload(int accepted, String batchId, List<UserError> userErrors)
            implements EngagementPayload {

        @Override
        public boolean audited() {
            return accepted > 0;
        }
    }

    private final PostContents contents;
    private final EventLog log;
    private final Clock clock;

    EngagementIntake(PostContents contents, EventLog log, Clock clock) {
        this.contents = contents;
        this.log = log;
        this.clock = clock;
    }

    /** Records the items that pass their checks as one batch of {@code kind}; the others are user errors. */
    Mono<RecordEngagementPayload> record(List<Numbered> items, SourceKind kind, String fileId, String fileName) {
        return check(items).flatMap(checked -> {
            if (checked.accepted().isEmpty()) {
                return Mono.just(new RecordEngagementPayload(0, null, checked.errors()));
            }
            return write(checked.accepted(), kind, fileId, fileName)
                    .map(batch -> new RecordEngagementPayload(checked.accepted().size(),
                            GlobalId.encode(EngagementBatch.TYPE, batch.id()), checked.errors()));
        });
    }

    /**
     * Items checked, nothing written: those that passed, resolved to their posts, and the others'
     * errors in the order of the items.
     */
    record Checked(List<Item> accepted, List<UserError> errors) {
    }

    /** Checks the items (and that their contents are the organisation's) without writing anything. */
    Mono<Checked> check(List<Numbered> items) {
        List<UserError> errors = new ArrayList<>();
        List<CheckedItem> checked = new ArrayList<>();
        Instant now = clock.instant();
        // One set of checks for the call (labels are made only for the errors): an item is taken
        // when checking it added no error.
        InputChecks checks = new InputChecks();
        int errorsSoFar = 0;
        for (Numbered numbered : items) {
            CheckedItem item = check(checks, numbered, now);
            if (checks.errorCount() == errorsSoFar) {
                checked.add(item);
            }
            errorsSoFar = checks.errorCount();
        }
        errors.addAll(checks.errors());
        return posts(checked).map(posts -> {
            List<Item> accepted = new ArrayList<>();
            for (CheckedItem item : checked) {
                Item resolved = resolve(item, posts, errors);
                if (resolved != null) {
                    accepted.add(resolved);
                }
            }
            // In the order of the items, whichever check refused them.
            errors.sort(java.util.Comparator.comparingInt(EngagementIntake::position));
            return new Checked(accepted, errors);
        });
    }

    /** {@code all} in parts of at most {@link #ITEMS_MAX}: the items of one batch. */
    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ITEMS_MAX) {
            chunks.add(all.subList(from, Math.min(all.size(), from + ITEMS_MAX)));
        }
        return chunks;
    }

    /** Writes checked items as one batch of {@code kind} (at most {@link #ITEMS_MAX}), with its event. */
    Mono<EngagementBatch> write(List<Item> items, SourceKind kind, String fileId, String fileName) {
        Instant now = clock.instant();
        return CurrentCaller.required().flatMap(caller -> insert(caller, items, kind, fileId, fileName, now));
    }

    /** An item's position from its error's field ({@code input.items.<n>…}, or {@code input.lines.<n>…} for a file's line). */
    static int position(UserError error) {
        List<String> field = error.field();
        return field.size() > 2 && field.get(2).chars().allMatch(Character::isDigit) ? Integer.parseInt(field.get(2))
                : -1;
    }

    private record CheckedItem(Numbered numbered, ObjectId contentId, String postId) {
    }

    private CheckedItem check(InputChecks checks, Numbered numbered, Instant now) {
        EngagementItemInput item = numbered.item();
        String[] at = numbered.path();
        String postId = item.externalPostId() == null || item.externalPostId().isBlank() ? null
                : item.externalPostId().strip();
        if (postId != null && postId.length() > POST_ID_MAX) {
            checks.textAt(postId, POST_ID_MAX, false, path(at, "externalPostId"));
        }
        ObjectId content = item.contentId() == null ? null : GlobalId.objectId(item.contentId(), Content.TYPE);
        checks.check(item.contentId() == null || content != null, UserErrorCode.INVALID,
                "contentId is not a content item's ID", path(at, "contentId"));
        boolean page = PAGE.contains(item.metric());
        if (page) {
            checks.check(item.contentId() == null && postId == null, UserErrorCode.INVALID,
                    "Followers are counted for the page: leave contentId and externalPostId out", path(at, "metric"));
        } else {
            checks.check(item.contentId() != null || postId != null, UserErrorCode.REQUIRED,
                    "Give contentId or externalPostId: " + item.metric() + " is counted per post", path(at, "contentId"));
        }
        double value = item.value() == null ? Double.NaN : item.value();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            checks.fail(UserErrorCode.INVALID, "Enter a number for value", path(at, "value"));
        } else if (value < 0) {
            checks.fail(UserErrorCode.INVALID, "A value can't be below zero", path(at, "value"));
        } else if (value > VALUE_MAX) {
            checks.fail(UserErrorCode.INVALID, "The value is larger than any platform reports", path(at, "value"));
        } else {
            checks.check(item.metric() == EngagementMetric.VIDEO_WATCH_SECONDS || value == Math.rint(value),
                    UserErrorCode.INVALID, item.metric() + " is a count: send a whole number", path(at, "value"));
        }
        checks.check(item.at() == null || !item.at().isAfter(now.plusSeconds(300)), UserErrorCode.INVALID,
                "at is in the future: send when the platform measured the value", path(at, "at"));
        checks.check(item.publishedAt() == null || !item.publishedAt().isAfter(now.plusSeconds(300)),
                UserErrorCode.INVALID, "publishedAt is in the future: send when the post went out",
                path(at, "publishedAt"));
        checks.check(!(item.metric() == EngagementMetric.REACH && item.kind() == EngagementValueKind.DELTA),
                UserErrorCode.INVALID, "Reach counts people: send the post's total so far (CUMULATIVE)",
                path(at, "kind"));
        return new CheckedItem(numbered, content, postId);
    }

    private static String[] path(String[] at, String field) {
        String[] path = java.util.Arrays.copyOf(at, at.length + 1);
        path[at.length] = field;
        return path;
    }

    /** The posts the items name: their contents by ID, and the contents whose publications have their post IDs. */
    private record Posts(Map<ObjectId, Document> byId, Map<String, Document> byPost) {
    }

    private Mono<Posts> posts(List<CheckedItem> items) {
        Set<ObjectId> ids = new HashSet<>();
        Set<String> postIds = new HashSet<>();
        for (CheckedItem item : items) {
            if (item.contentId() != null) {
                ids.add(item.contentId());
            } else if (item.postId() != null) {
                postIds.add(item.postId());
            }
        }
        return Mono.zip(contents.byId(ids), contents.byPostId(postIds)).map(t -> new Posts(t.getT1(), t.getT2()));
    }

    private static Document publication(Document content, Channel channel) {
        return PostContents.publications(content).stream().filter(p -> channel.name().equals(p.getString("channel")))
                .findFirst()
                .orElse(null);
    }

    /** The item as recorded, with its post; null (and a user error) when its content is not the organisation's. */
    private static Item resolve(CheckedItem checked, Posts posts, List<UserError> errors) {
        EngagementItemInput item = checked.numbered().item();
        EngagementValueKind kind = item.kind() == null ? EngagementValueKind.CUMULATIVE : item.kind();
        Document content = checked.contentId() != null ? posts.byId().get(checked.contentId())
                : checked.postId() != null ? posts.byPost().get(item.channel() + "|" + checked.postId()) : null;
        if (checked.contentId() != null && content == null) {
            errors.add(UserError.onInput(UserErrorCode.NOT_FOUND, "No content with this ID in your organisation",
                    path(checked.numbered().path(), "contentId")));
            return null;
        }
        String post;
        String postId = checked.postId();
        Instant publishedAt = item.publishedAt();
        ObjectId contentId = null;
        if (content != null) {
            contentId = content.getObjectId("_id");
            post = PostKey.content(contentId);
            Document publication = publication(content, item.channel());
            if (publication != null) {
                postId = postId != null ? postId : publication.getString("postId");
                Object at = publication.get("at");
                publishedAt = publishedAt != null ? publishedAt : at instanceof java.util.Date date ? date.toInstant() : null;
            }
        } else {
            post = postId != null ? PostKey.external(postId) : PostKey.PAGE;
        }
        PostAttributes attributes = PostAttributes.of(content);
        return new Item(post, item.channel(), item.metric(), kind, item.value(), item.at(), publishedAt, contentId,
                postId, checked.numbered().line(), attributes.format(), attributes.topics(), attributes.campaignId());
    }

    private Mono<EngagementBatch> insert(Caller caller, List<Item> items, SourceKind kind, String fileId,
            String fileName, Instant now) {
        boolean client = kind == SourceKind.API;
        Source source = new Source(kind, client ? caller.subject() : null, client ? null : caller.subject(), fileId,
                fileName);
        ObjectId id = new ObjectId();
        List<org.bson.Document> stored = items.stream().map(Item::stored).toList();
        return log.insert(org -> new EngagementBatch(id, org, source, EngagementDefinitions.VERSION, stored, false, now),
                log.entry(EngagementBatch.STREAM, caller.organization(), "recorded", new Logged(id.toHexString(), false)));
    }

    /** Queues a rebuild of the organisation's roll-ups behind the batches recorded before it. */
    Mono<EngagementBatch> rebuild(Caller caller) {
        ObjectId id = new ObjectId();
        return log.insert(org -> new EngagementBatch(id, org, new Source(SourceKind.MANUAL, null, caller.subject(),
                        null, null), EngagementDefinitions.VERSION, List.of(), true, clock.instant()),
                log.entry(EngagementBatch.STREAM, caller.organization(), "rebuild", new Logged(id.toHexString(), true)));
    }
}
