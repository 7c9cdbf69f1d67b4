package io.carepulse.liveqa;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-question poll of a live session (GraphQL {@code LivePoll}). Each answer is a document of
 * its own, one per participant; the votes here are the answers' events taken in, in order and
 * each once ({@code appliedSequence}, see {@code EventFold}), so the counts never name anyone.
 *
 * @param votes   votes per option ID
 * @param openKey the session's hex id while the poll is open, else absent: a unique sparse index
 *                on it keeps at most one open poll per session
 */
@Document(LivePoll.COLLECTION)
public record LivePoll(@Id ObjectId id, String organizationId, ObjectId sessionId, String question,
        List<Option> options, Map<String, Long> votes, long totalVotes, Status status, String openKey,
        long appliedSequence, String launchedBy, Instant launchedAt, Instant closedAt) implements TenantOwned {

    public static final String COLLECTION = "live_polls";
    public static final String TYPE = "LivePoll";

    public LivePoll {
        options = options == null ? List.of() : List.copyOf(options);
        votes = votes == null ? Map.of() : Map.copyOf(votes);
    }

    /** GraphQL {@code LivePollStatus}. */
    public enum Status { OPEN, CLOSED }

    public record Option(String id, String label) {
    }

    /** One option with its votes and share, in the poll's order (GraphQL {@code LivePollOption}). */
    public record Result(String id, String label, long votes, double percent) {
    }

    public List<Result> results() {
        return options.stream().map(option -> {
            long count = votes.getOrDefault(option.id(), 0L);
            double percent = totalVotes == 0 ? 0 : Math.round(count * 1000.0 / totalVotes) / 10.0;
            return new Result(option.id(), option.label(), count, percent);
        }).toList();
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(option -> option.id().equals(optionId));
    }
}
