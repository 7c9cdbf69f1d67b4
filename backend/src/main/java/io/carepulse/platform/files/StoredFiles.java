package io.carepulse.platform.files;

import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.reactivestreams.client.gridfs.GridFSBucket;
import com.mongodb.reactivestreams.client.gridfs.GridFSBuckets;
import io.carepulse.platform.mongo.IndexDeclaration;
import io.carepulse.platform.tenancy.TenantMongo;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Uploaded files in the GridFS bucket {@code files}, each owned by an organisation (its
 * metadata's {@code organizationId}); every read and change is scoped to the caller's, like
 * {@link TenantMongo}. A file is found by its ID, an indexed lookup on every MongoDB.
 */
@Component
public class StoredFiles {

    static final String BUCKET = "files";
    static final String FILES = BUCKET + ".files";
    private static final String META = "metadata.";

    private final ReactiveMongoDatabaseFactory databases;
    private final ReactiveMongoTemplate mongo;
    private final TenantMongo tenant;

    StoredFiles(ReactiveMongoDatabaseFactory databases, ReactiveMongoTemplate mongo, TenantMongo tenant) {
        this.databases = databases;
        this.mongo = mongo;
        this.tenant = tenant;
    }

    /** Stores {@code bytes}, already checked and hashed, for the caller's organisation (uploads, demo data). */
    public Mono<StoredFile> store(FileKind kind, FileType type, byte[] bytes, String sha256, String uploadedBy,
            Instant now) {
        return tenant.tenant().flatMap(org -> {
            Document metadata = new Document("organizationId", org).append("kind", kind.name())
                    .append("contentType", type.mediaType()).append("sha256", sha256)
                    .append("uploadedBy", uploadedBy).append("uploadedAt", java.util.Date.from(now))
                    .append("attachedTo", null);
            return bucket().flatMap(bucket -> Mono.from(bucket.uploadFromPublisher(kind.name() + "." + type.extension(),
                            Flux.just(ByteBuffer.wrap(bytes)), new GridFSUploadOptions().metadata(metadata))))
                    .map(id -> new StoredFile(id.toHexString(), org, kind.name(), type, bytes.length, sha256,
                            uploadedBy, now, null));
        });
    }

    /** An upload of the caller's organisation, attached or not. */
    public Mono<StoredFile> find(String fileId) {
        ObjectId id = objectId(fileId);
        return id == null ? Mono.empty() : tenant.tenant().flatMap(org -> mongo.findOne(
                Query.query(Criteria.where("_id").is(id).and(META + "organizationId").is(org)), Document.class, FILES))
                .map(StoredFiles::described);
    }

    /**
     * Attaches an upload of {@code kind} to {@code target} (a global ID): only an unattached one,
     * or one already attached to the same target (so a retried attachment succeeds). Empty when
     * there is no such upload.
     */
    public Mono<StoredFile> claim(String fileId, String kind, String target) {
        ObjectId id = objectId(fileId);
        if (id == null) {
            return Mono.empty();
        }
        return tenant.tenant().flatMap(org -> mongo.findAndModify(Query.query(Criteria.where("_id").is(id)
                                .and(META + "organizationId").is(org).and(META + "kind").is(kind)
                                .orOperator(Criteria.where(META + "attachedTo").is(null),
                                        Criteria.where(META + "attachedTo").is(target))),
                        new Update().set(META + "attachedTo", target), FindAndModifyOptions.options().returnNew(true),
                        Document.class, FILES))
                .map(StoredFiles::described);
    }

    /** The bytes of a file of the caller's organisation. */
    public Flux<ByteBuffer> content(StoredFile file) {
        return tenant.tenant().filter(file.organizationId()::equals)
                .flatMap(org -> bucket())
                .flatMapMany(bucket -> Flux.from(bucket.downloadToPublisher(new ObjectId(file.id()))));
    }

    /** Removes a file of the caller's organisation, if it is there. */
    public Mono<Void> delete(String fileId) {
        return find(fileId).flatMap(file -> bucket().flatMap(bucket -> Mono.from(bucket.delete(
                new ObjectId(file.id()))))).then();
    }

    /** For the clean-up job: removes a file whatever its organisation. */
    Mono<Void> deleteForMaintenance(ObjectId id) {
        return bucket().flatMap(bucket -> Mono.from(bucket.delete(id))).then();
    }

    /** For the clean-up job: unattached uploads older than {@code before}. */
    Flux<ObjectId> unattachedBefore(Instant before) {
        return mongo.find(Query.query(Criteria.where(META + "attachedTo").is(null)
                        .and(META + "uploadedAt").lt(java.util.Date.from(before))).limit(500), Document.class, FILES)
                .map(document -> document.getObjectId("_id"));
    }

    private Mono<GridFSBucket> bucket() {
        return databases.getMongoDatabase().map(database -> GridFSBuckets.create(database, BUCKET));
    }

    private static StoredFile described(Document file) {
        Document metadata = file.get("metadata", Document.class);
        java.util.Date uploadedAt = metadata.getDate("uploadedAt");
        return new StoredFile(file.getObjectId("_id").toHexString(), metadata.getString("organizationId"),
                metadata.getString("kind"), FileType.ofMediaType(metadata.getString("contentType")),
                file.get("length", Number.class).longValue(), metadata.getString("sha256"),
                metadata.getString("uploadedBy"), uploadedAt == null ? null : uploadedAt.toInstant(),
                metadata.getString("attachedTo"));
    }

    private static ObjectId objectId(String id) {
        return id != null && ObjectId.isValid(id) ? new ObjectId(id) : null;
    }

    @Bean
    static IndexDeclaration storedFileIndexes() {
        return IndexDeclaration.of(FILES, new Index().on(META + "attachedTo", Sort.Direction.ASC)
                .on(META + "uploadedAt", Sort.Direction.ASC));
    }
}
