package io.carepulse.consent;

import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.events.OutboxEntry;
import io.carepulse.platform.graphql.GlobalId;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The {@code consent.changes} stream: every recording, revocation, expiry and deletion is written
 * with its {@link ConsentEvent} in the consent's own document write, so a consumer never misses
 * one across a restart or a crash.
 */
@Component
class ConsentChanges {

    static final EventStream<ConsentEvent> STREAM = ConsentEvent.EVENTS;

    private final EventLog log;

    ConsentChanges(EventLog log) {
        this.log = log;
    }

    @Bean
    static EventStream<ConsentEvent> consentChangeStream() {
        return STREAM;
    }

    /** The event of {@code kind} about {@code consent}, as it is after the change. */
    OutboxEntry entry(ConsentEvent.Kind kind, Consent consent, ConsentStatus status) {
        return log.entry(STREAM, consent.organizationId(), kind.name(), new ConsentEvent(kind,
                GlobalId.encode(Consent.TYPE, consent.id()), consent.number(), status, consent.categories(),
                consent.channels()));
    }
}
