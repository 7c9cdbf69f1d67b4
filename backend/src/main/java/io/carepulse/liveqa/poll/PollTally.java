package io.carepulse.liveqa.poll;

import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LivePoll;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.events.LiveEventLog;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.EventFold;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.tenancy.TenantMongo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts a poll's votes. Each answer is written with its event on {@link #VOTES} (keyed by
 * poll, the payload only the option chosen); a consumer takes the events into the poll's counts
 * in order and each once ({@link EventFold}), and the same update writes the session's
 * {@code POLL_UPDATED} event, so the counts and what the audience is told cannot part. Answers
 * that arrive together are taken in together: under load the audience gets fewer, larger
 * updates rather than one per vote.
 */
@Component
class PollTally {

    /** The option an answer chose; nothing about who answered. */
    record Vote(String optionId) {
    }

    static final EventStream<Vote> VOTES = EventStream.derived("liveqa.poll-votes", Vote.class,
            (source, type, hint) -> new Vote(((LivePollAnswer) source).optionId()), LivePollAnswer.class);
    static final String CONSUMER = "live-poll-tally";

    private final EventLog log;
    private final EventFold fold;
    private final LiveEventLog liveLog;
    private final TenantMongo mongo;

    PollTally(EventLog log, EventFold fold, LiveEventLog liveLog, TenantMongo mongo) {
        this.log = log;
        this.fold = fold;
        this.liveLog = liveLog;
        this.mongo = mongo;
    }

    @Bean
    static EventStream<Vote> livePollVoteStream() {
        return VOTES;
    }

    @Bean
    static EventConsumer<Vote> livePollTallyConsumer(PollTally tally) {
        return EventConsumer.folding(CONSUMER, VOTES, key -> tally.catchUp(new ObjectId(key)));
    }

    /** Inserts an answer to {@code pollId} with its vote event, and logs the event (when the mutation is done). */
    Mono<LivePollAnswer> record(ObjectId pollId, Function<String, LivePollAnswer> build) {
        return log.insert(build, log.derived(VOTES, pollId.toHexString(), "VOTED", null));
    }

    /** Takes the poll's waiting votes into its counts, and tells the session. */
    Mono<LivePoll> catchUp(ObjectId pollId) {
        return mongo.findById(pollId, LivePoll.class)
                .flatMap(poll -> mongo.findById(poll.sessionId(), LiveSession.class).flatMap(session -> fold
                        .catchUp(VOTES, pollId.toHexString(), LivePoll.class, pollId, LivePoll::appliedSequence,
                                (List<Event<Vote>> votes) -> EventLog.outboxUpdate(counts(votes),
                                        liveLog.poll(LiveEvent.Type.POLL_UPDATED, session.id(), session.status())))
                        .flatMap(after -> after.appliedSequence() == poll.appliedSequence() ? Mono.just(after)
                                : liveLog.relay(LivePoll.class, pollId).thenReturn(after))));
    }

    private static Update counts(List<Event<Vote>> votes) {
        Map<String, Long> byOption = new TreeMap<>();
        votes.forEach(vote -> byOption.merge(vote.payload().optionId(), 1L, Long::sum));
        Update update = new Update().inc("totalVotes", votes.size());
        byOption.forEach((option, count) -> update.inc("votes." + option, count));
        return update;
    }
}
