package io.carepulse.devmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

class EmbeddedMongoServerTest {

    @Test
    void h2FileSurvivesARestart(@TempDir Path dir) {
        String file = dir.resolve("mongo.mv").toString();
        EmbeddedMongoServer first = new EmbeddedMongoServer(file, 0);
        try (MongoClient client = MongoClients.create(first.connectionString("carepulse"))) {
            Mono.from(client.getDatabase("carepulse").getCollection("campaigns")
                    .insertOne(new Document("name", "Movember"))).block();
        }
        first.close();

        EmbeddedMongoServer second = new EmbeddedMongoServer(file, 0);
        try (MongoClient client = MongoClients.create(second.connectionString("carepulse"))) {
            assertThat(Mono.from(client.getDatabase("carepulse").getCollection("campaigns").find().first()).block())
                    .containsEntry("name", "Movember");
        } finally {
            second.close();
        }
    }
}
