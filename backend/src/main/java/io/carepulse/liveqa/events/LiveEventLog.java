package io.carepulse.liveqa.events;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LivePoll;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;

import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.events.OutboxEntry;
import io.carepulse.platform.tenancy.TenantOwned;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Live Q&A's event stream, one per session, on the platform's event log. A question or session
 * change is written with its event in the same document write (the event waits in the
 * document's outbox, see {@link EventLog}); the event's question and audience decision are made
 * from the document when the event is logged, so the audience never sees more of a question than
 * the question's state allows.
 */
@Component
public class LiveEventLog {

    public static final EventStream<LiveEvent.Payload> STREAM = EventStream.derived("liveqa.session",
            LiveEvent.Payload.class, LiveEventLog::payload, LiveQuestion.class, LiveSession.class, LivePoll.class);

    private static final String SESSION_STATUS = "sessionStatus";
    private static final String WAS_VISIBLE = "wasVisible";

    private final EventLog log;

    LiveEventLog(EventLog log) {
        this.log = log;
    }

    @Bean
    static EventStream<LiveEvent.Payload> liveSessionStream() {
        return STREAM;
    }

    /** The event of a change to a question of {@code session} that the audience could or could not see before. */
    public OutboxEntry question(LiveEvent.Type type, LiveSession session, boolean wasVisible) {
        return log.derived(STREAM, session.id().toHexString(), type.name(),
                new Document(SESSION_STATUS, session.status().name()).append(WAS_VISIBLE, wasVisible));
    }

    /** The event of a change to a poll of {@code session}: the poll as the change left it. */
    public OutboxEntry poll(LiveEvent.Type type, ObjectId sessionId, LiveSessionStatus status) {
        return log.derived(STREAM, sessionId.toHexString(), type.name(), new Document(SESSION_STATUS, status.name()));
    }

    /** The event of a change to the session itself. */
    public OutboxEntry session(LiveEvent.Type type, ObjectId sessionId) {
        return log.derived(STREAM, sessionId.toHexString(), type.name(), null);
    }

    /** Inserts a new question or poll with its event, and logs the event. */
    public <T extends TenantOwned> Mono<T> insert(Function<String, T> build, OutboxEntry event) {
        return log.insert(build, event);
    }

    /** Logs the events written with a change to this question or session. */
    public Mono<Void> relay(Class<? extends TenantOwned> type, ObjectId id) {
        return log.relay(type, id);
    }

    /** The session's latest sequence number, 0 before its first event. */
    public Mono<Long> lastSequence(ObjectId sessionId) {
        return log.lastSequence(STREAM, sessionId.toHexString());
    }

    private static LiveEvent.Payload payload(TenantOwned source, String type, Document hint) {
        return switch (source) {
            case LiveQuestion question -> new LiveEvent.Payload(question.withoutUpvoters(),
                    LiveSessionStatus.valueOf(hint.getString(SESSION_STATUS)),
                    LiveEvent.audienceOf(Boolean.TRUE.equals(hint.getBoolean(WAS_VISIBLE)), question), null);
            case LiveSession session -> new LiveEvent.Payload(null, session.status(), LiveEvent.Audience.SESSION,
                    null);
            case LivePoll poll -> new LiveEvent.Payload(null, LiveSessionStatus.valueOf(hint.getString(SESSION_STATUS)),
                    LiveEvent.Audience.POLL, poll);
            default -> throw new IllegalArgumentException("Not a live Q&A document: " + source.getClass());
        };
    }
}
