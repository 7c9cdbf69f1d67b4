package io.carepulse.liveqa;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.CarePulseApplication;
import io.carepulse.platform.security.Role;
import io.carepulse.support.GraphQlWsWire;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application instances on one database, as in a scaled deployment: what is asked or
 * moderated on one reaches subscribers on the other, through MongoDB's change stream.
 */
class TwoInstancesTest extends IntegrationTest {

    private static ConfigurableApplicationContext instanceB;
    private static int portB;

    @Autowired
    Environment environment;

    private void startInstanceB() {
        if (instanceB != null) {
            return;
        }
        // The database the tests run against (the in-memory development MongoDB, or a container).
        String uri = environment.getProperty("carepulse.mongo.uri");
        instanceB = new SpringApplicationBuilder(CarePulseApplication.class).run(
                "--server.port=0",
                "--carepulse.mongo.uri=" + uri,
                "--carepulse.demo-data.enabled=false",
                "--spring.graphql.websocket.path=/graphql",
                "--carepulse.security.public-key-location=" + TestTokens.publicKeyLocation(),
                "--carepulse.security.issuer-uri=" + TestTokens.ISSUER,
                "--carepulse.security.participant-token-secret=" + TestTokens.PARTICIPANT_SECRET,
                "--carepulse.encryption.master-key=" + TestTokens.FIELD_ENCRYPTION_MASTER_KEY,
                "--carepulse.encryption.blind-index-key=" + TestTokens.BLIND_INDEX_KEY);
        portB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aModeratorOnOneInstanceSeesAQuestionAskedOnTheOther() {
        startInstanceB();
        LiveQa onA = new LiveQa(port);
        LiveQa onB = new LiveQa(portB);
        LiveQa.Session session = onA.schedule(RIVERSIDE, unique("Scaled"), null);
        // Tokens issued by one instance are accepted by the other: the signing key lives in MongoDB.
        String participant = onB.join(session.joinCode(), "Pat");
        try (GraphQlWsWire moderatorOnA = GraphQlWsWire.connect(port, TestTokens.staff(RIVERSIDE, Role.MODERATOR));
                GraphQlWsWire audienceOnB = GraphQlWsWire.connect(portB, onA.join(session.joinCode(), "Watcher"))) {
            moderatorOnA.subscribe("mod", "liveSessionEvents", Map.of("sessionId", session.id(), "afterSequence", 0));
            audienceOnB.subscribe("feed", "liveAudienceFeed", Map.of("joinCode", session.joinCode(),
                    "afterSequence", 0));
            String id = onB.ask(participant, "Asked on instance B: is a low-dose aspirin a good idea?");
            moderatorOnA.await(f -> f.contains("Asked on instance B") && f.contains("QUESTION_ASKED"),
                    Duration.ofSeconds(20));
            // Approved on A, seen by the audience on B.
            onA.moderated(TestTokens.staff(RIVERSIDE, Role.MODERATOR), id, "APPROVE");
            String shown = audienceOnB.await(f -> f.contains("QUESTION_SHOWN"), Duration.ofSeconds(20));
            assertThat(shown).contains("Asked on instance B");
        }
    }
}
