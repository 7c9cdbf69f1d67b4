package io.carepulse.analytics;

import io.carepulse.content.Content;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The caller's organisation's contents that posts were published from, as analytics reads them: only
 * their publications, format, topics and campaign ({@link PostAttributes}), in one read.
 */
@Component
class PostContents {

    private final TenantMongo mongo;

    PostContents(TenantMongo mongo) {
        this.mongo = mongo;
    }

    /** The contents with these IDs (those of the organisation), by ID. */
    Mono<Map<ObjectId, Document>> byId(Collection<ObjectId> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return mongo.findStored(fields(Query.query(Criteria.where("_id").in(ids))), Content.class)
                .collectMap(d -> d.getObjectId("_id"));
    }

    /** The contents whose publications have these platform post IDs, by {@code <channel>|<post ID>}. */
    Mono<Map<String, Document>> byPostId(Collection<String> postIds) {
        if (postIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return mongo.findStored(fields(Query.query(Criteria.where("publications.postId").in(postIds))), Content.class)
                .collectList().map(found -> {
                    Map<String, Document> byPost = new HashMap<>();
                    for (Document content : found) {
                        for (Document publication : publications(content)) {
                            byPost.put(publication.getString("channel") + "|" + publication.getString("postId"),
                                    content);
                        }
                    }
                    return byPost;
                });
    }

    static List<Document> publications(Document content) {
        return content.getList("publications", Document.class, List.of());
    }

    private static Query fields(Query query) {
        query.fields().include("_id").include("publications").include("format").include("topics").include("campaignId");
        return query;
    }
}
