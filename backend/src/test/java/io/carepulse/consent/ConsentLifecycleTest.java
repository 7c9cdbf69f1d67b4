package io.carepulse.consent;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;

/** Revocation, expiry at its boundary, and deletion only once the retention period is over. */
class ConsentLifecycleTest extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ConsentExpiry expiry;

    @Autowired
    EventLog eventLog;

    @Autowired
    ReactiveMongoTemplate template;

    @Test
    void aRevokedConsentRecordsHowAndWhenAndPublishesConsentRevokedOnce() {
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Revoker")));
        // Received after the consent was recorded, so the retention runs from it (from the later of the
        // two): an hour earlier crossed midnight UTC in the first hour of a day.
        String receivedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        Map<String, Object> input = Map.of("consentId", recorded.id(), "receivedAt", receivedAt, "method", "LETTER",
                "reason", "Changed my mind");

        Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "revokeConsent",
                Map.of("input", input));
        assertThat(data(body, "revokeConsent.userErrors")).isEqualTo(List.of());
        assertThat(data(body, "revokeConsent.consent.status")).isEqualTo("REVOKED");
        assertThat(data(body, "revokeConsent.consent.revocation.method")).isEqualTo("LETTER");
        assertThat(data(body, "revokeConsent.consent.revocation.receivedAt")).isEqualTo(receivedAt);
        assertThat(data(body, "revokeConsent.consent.retainedUntil"))
                .isEqualTo(LocalDate.ofInstant(Instant.parse(receivedAt), ZoneOffset.UTC).plusYears(6).toString());

        Map<String, Object> again = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "revokeConsent",
                Map.of("input", input));
        assertThat(data(again, "revokeConsent.userErrors.0.code")).isEqualTo("INVALID_STATE");
        assertThat(data(again, "revokeConsent.userErrors.0.message")).isEqualTo("This consent is already revoked");
        assertThat(kinds(recorded.id())).containsExactly(ConsentEvent.Kind.CONSENT_RECORDED,
                ConsentEvent.Kind.CONSENT_REVOKED);
    }

    @Test
    void aRevocationReceivedInTheFutureOrByAMarketerIsRefused() {
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Early")));
        Map<String, Object> future = Map.of("consentId", recorded.id(), "receivedAt",
                Instant.now().plus(Duration.ofDays(1)).toString(), "method", "EMAIL");
        Map<String, Object> body = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "revokeConsent",
                Map.of("input", future));
        assertThat(data(body, "revokeConsent.userErrors.0.field")).isEqualTo(List.of("input", "receivedAt"));
        assertThat(data(body, "revokeConsent.userErrors.0.message")).isEqualTo("Received at can't be in the future");

        Map<String, Object> byMarketer = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "revokeConsent", Map.of("input", Map.of("consentId", recorded.id(), "receivedAt",
                        Instant.now().toString(), "method", "EMAIL")));
        assertThat(RawGraphQl.classifications(byMarketer)).containsExactly("FORBIDDEN");
        assertThat(status(recorded.id())).isEqualTo("ACTIVE");
    }

    @Test
    void aConsentExpiresAtTheEndOfItsLastDayOnceWithOneEvent() {
        LocalDate lastDay = LocalDate.now().plusDays(10);
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.with(
                ConsentFixtures.complete(unique("Expiring")), "expiresOn", lastDay.toString()));
        // Riverside's settings keep the default time zone, UTC.
        Instant endOfLastDay = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        expiry.expireDue(endOfLastDay.minusMillis(1)).block(WAIT);
        assertThat(status(recorded.id())).as("still in effect on its last day").isEqualTo("ACTIVE");

        expiry.expireDue(endOfLastDay).block(WAIT);
        expiry.expireDue(endOfLastDay.plusSeconds(300)).block(WAIT);
        assertThat(status(recorded.id())).isEqualTo("EXPIRED");
        assertThat(kinds(recorded.id())).containsExactly(ConsentEvent.Kind.CONSENT_RECORDED,
                ConsentEvent.Kind.CONSENT_EXPIRED);
    }

    @Test
    void deletionIsRefusedWhileActiveAndInsideSixYearsThenRemovesEveryProtectedField() {
        ConsentFixtures.Recorded recorded = ConsentFixtures.record(port, ConsentFixtures.complete(unique("Retained")));
        Map<String, Object> delete = Map.of("input", Map.of("consentId", recorded.id()));

        Map<String, Object> active = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "deleteConsent", delete);
        assertThat(data(active, "deleteConsent.userErrors.0.code")).isEqualTo("RETENTION_PERIOD_NOT_OVER");

        new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "revokeConsent", Map.of("input", Map.of(
                "consentId", recorded.id(), "receivedAt", Instant.now().toString(), "method", "SIGNED_FORM")));
        Map<String, Object> tooSoon = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "deleteConsent", delete);
        assertThat(data(tooSoon, "deleteConsent.userErrors.0.code")).isEqualTo("RETENTION_PERIOD_NOT_OVER");
        assertThat((String) data(tooSoon, "deleteConsent.userErrors.0.message"))
                .startsWith("This consent must be kept until ").endsWith(", six years after it was last in effect");
        assertThat(status(recorded.id())).isEqualTo("REVOKED");

        // Seven years on: created and revoked then.
        Instant longAgo = Instant.now().minus(Duration.ofDays(7 * 366));
        template.updateFirst(Query.query(Criteria.where("_id").is(GlobalId.objectId(recorded.id(), Consent.TYPE))),
                new Update().set("createdAt", longAgo).set("lastInEffectAt", longAgo), Consent.class).block(WAIT);
        Map<String, Object> deleted = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "deleteConsent", delete);
        assertThat(data(deleted, "deleteConsent.userErrors")).isEqualTo(List.of());
        assertThat(data(deleted, "deleteConsent.deletedConsentId")).isEqualTo(recorded.id());

        Map<String, Object> gone = new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consent",
                Map.of("id", recorded.id()));
        assertThat(data(gone, "consent")).isNull();
        org.bson.Document tombstone = template.findById(GlobalId.objectId(recorded.id(), Consent.TYPE),
                org.bson.Document.class, Consent.COLLECTION).block(WAIT);
        assertThat(tombstone).doesNotContainKeys("patient", "signature", "statements", "informationDescription");
        assertThat(tombstone.getString("number")).isEqualTo(recorded.number());
        assertThat(kinds(recorded.id())).endsWith(ConsentEvent.Kind.CONSENT_DELETED);
    }

    private String status(String id) {
        return (String) data(new RawGraphQl(port).post(ConsentFixtures.COMPLIANCE, "consentScope", Map.of("id", id)),
                "consent.status");
    }

    private List<ConsentEvent.Kind> kinds(String consentId) {
        return eventLog.after(ConsentChanges.STREAM, RIVERSIDE, 0).map(Event::payload)
                .filter(event -> event.consentId().equals(consentId)).map(ConsentEvent::kind).collectList()
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                        CallerAuthentication.forJob(RIVERSIDE, "test")))
                .block(WAIT);
    }
}
