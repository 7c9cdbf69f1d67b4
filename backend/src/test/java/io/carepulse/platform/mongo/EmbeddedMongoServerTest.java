package io.carepulse.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.carepulse.CarePulseApplication;
import io.carepulse.support.TestTokens;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import reactor.core.publisher.Mono;

class EmbeddedMongoServerTest {

    @Test
    void h2FileSurvivesARestart(@TempDir Path dir) {
        String file = dir.resolve("mongo.mv").toString();
        EmbeddedMongoServer first = new EmbeddedMongoServer(new MongoSettings.Embedded(file, 0));
        try (MongoClient client = MongoClients.create(first.connectionString("carepulse"))) {
            Mono.from(client.getDatabase("carepulse").getCollection("campaigns")
                    .insertOne(new Document("name", "Movember"))).block();
        }
        first.destroy();

        EmbeddedMongoServer second = new EmbeddedMongoServer(new MongoSettings.Embedded(file, 0));
        try (MongoClient client = MongoClients.create(second.connectionString("carepulse"))) {
            assertThat(Mono.from(client.getDatabase("carepulse").getCollection("campaigns").find().first()).block())
                    .containsEntry("name", "Movember");
        } finally {
            second.destroy();
        }
    }

    @Test
    void productionProfileWithoutMongodbUriRefusesToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CarePulseApplication.class)
                .profiles("prod")
                .properties("carepulse.mongo.uri=", "server.port=0", "carepulse.security.issuer-uri=https://idp.test",
                        "carepulse.security.audience=carepulse-api",
                        "carepulse.security.participant-token-secret=" + TestTokens.PARTICIPANT_SECRET)
                .run().close())
                .hasStackTraceContaining("Set MONGODB_URI");
    }
}
