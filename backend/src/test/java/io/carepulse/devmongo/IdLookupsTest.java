package io.carepulse.devmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A query naming an _id beside other fields (as every tenant-scoped lookup does) is answered from
 * the _id index by the in-memory store, with the other fields still checked: a document of another
 * organisation, or of another version, is not found, and $in lists work the same way.
 */
class IdLookupsTest {

    @Test
    void aLookupByIdWithOtherFieldsStillChecksThoseFields() {
        EmbeddedMongoServer server = new EmbeddedMongoServer(EmbeddedMongoServer.MEMORY, 0);
        try (MongoClient client = MongoClients.create(server.connectionString("carepulse"))) {
            MongoCollection<Document> threads = client.getDatabase("carepulse").getCollection("threads");
            Flux.range(0, 50).concatMap(i -> Mono.from(threads.insertOne(new Document("_id", "t" + i)
                    .append("organizationId", i % 2 == 0 ? "riverside" : "lakeside").append("version", 1)))).blockLast();

            assertThat(Mono.from(threads.find(Filters.and(Filters.eq("_id", "t4"),
                    Filters.eq("organizationId", "riverside"))).first()).block()).containsEntry("_id", "t4");
            assertThat(Mono.from(threads.find(Filters.and(Filters.eq("_id", "t4"),
                    Filters.eq("organizationId", "lakeside"))).first()).blockOptional()).isEmpty();
            assertThat(Flux.from(threads.find(Filters.and(Filters.in("_id", List.of("t1", "t2", "t3", "t99")),
                    Filters.eq("organizationId", "lakeside")))).map(d -> d.getString("_id")).collectList().block())
                    .containsExactlyInAnyOrder("t1", "t3");

            Document stale = Mono.from(threads.findOneAndUpdate(Filters.and(Filters.eq("_id", "t6"),
                    Filters.eq("version", 2)), Updates.inc("version", 1))).block();
            assertThat(stale).as("a guard on another field still guards").isNull();
            Mono.from(threads.updateOne(Filters.and(Filters.eq("_id", "t6"), Filters.eq("version", 1)),
                    Updates.inc("version", 1))).block();
            assertThat(Mono.from(threads.find(Filters.eq("_id", "t6")).first()).block()).containsEntry("version", 2);
            assertThat(Mono.from(threads.countDocuments(Filters.eq("organizationId", "riverside"))).block())
                    .isEqualTo(25);
        } finally {
            server.close();
        }
    }
}
