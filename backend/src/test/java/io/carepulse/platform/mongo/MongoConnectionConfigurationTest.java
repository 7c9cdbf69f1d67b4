package io.carepulse.platform.mongo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carepulse.CarePulseApplication;
import io.carepulse.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The product holds no database of its own: without MONGODB_URI it refuses to start and says what to do. */
class MongoConnectionConfigurationTest {

    @Test
    void productionProfileWithoutMongodbUriRefusesToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CarePulseApplication.class)
                .profiles("prod")
                .properties("carepulse.mongo.uri=", "server.port=0", "carepulse.security.issuer-uri=https://idp.test",
                        "carepulse.security.audience=carepulse-api",
                        "carepulse.security.participant-token-secret=" + TestTokens.PARTICIPANT_SECRET,
                        "carepulse.encryption.master-key=" + TestTokens.FIELD_ENCRYPTION_MASTER_KEY,
                        "carepulse.encryption.blind-index-key=" + TestTokens.BLIND_INDEX_KEY)
                .run().close())
                .hasStackTraceContaining("Set MONGODB_URI");
    }

    @Test
    void withoutMongodbUriTheBackendRefusesToStartAndNamesTheDevelopmentDatabase() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CarePulseApplication.class)
                .properties("carepulse.mongo.uri=", "server.port=0", "management.server.port=0",
                        "carepulse.demo-data.enabled=false",
                        "carepulse.security.participant-token-secret=" + TestTokens.PARTICIPANT_SECRET,
                        "carepulse.encryption.master-key=" + TestTokens.FIELD_ENCRYPTION_MASTER_KEY,
                        "carepulse.encryption.blind-index-key=" + TestTokens.BLIND_INDEX_KEY)
                .run().close())
                .hasStackTraceContaining("Set MONGODB_URI")
                .hasStackTraceContaining("backend/dev-mongo");
    }
}
