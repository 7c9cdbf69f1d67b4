package io.carepulse.liveqa.audience;

import io.carepulse.platform.events.EventStream;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Joins as an event stream, one key per session (its hex ID): a participant is inserted with its
 * JOINED event in the one write, so the session's last sequence number is how many joined it. The
 * event carries when, never who (a display name is the participant's own to give).
 */
@Configuration(proxyBeanMethods = false)
public class ParticipantJoins {

    public static final EventStream<Joined> STREAM = EventStream.of("liveqa.participants", Joined.class,
            LiveParticipant.class);
    public static final String JOINED = "JOINED";

    public record Joined(Instant at) {
    }

    @Bean
    static EventStream<Joined> participantJoinStream() {
        return STREAM;
    }
}
