package io.carepulse.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.UncategorizedMongoDbException;

/**
 * A consumer whose resume point the database no longer holds goes on from now instead of asking for
 * it forever: told apart from every other failure, however the driver's error is wrapped.
 */
class ConsumerHistoryLostTest {

    @Test
    void changeStreamHistoryLostIsToldApartFromOtherFailuresEvenWhenWrapped() {
        MongoCommandException lost = command(286, "Resume of change stream was not possible");
        assertThat(EventHub.historyLost(lost)).isTrue();
        assertThat(EventHub.historyLost(new UncategorizedMongoDbException("wrapped", lost))).isTrue();
        assertThat(EventHub.historyLost(command(11600, "interrupted at shutdown"))).isFalse();
        assertThat(EventHub.historyLost(new IllegalStateException("no database"))).isFalse();
    }

    private static MongoCommandException command(int code, String message) {
        return new MongoCommandException(new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(code))
                .append("errmsg", new BsonString(message)), new ServerAddress());
    }
}
