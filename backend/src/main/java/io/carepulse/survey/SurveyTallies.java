package io.carepulse.survey;

import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.EventFold;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.events.EventStream;
import io.carepulse.platform.events.OutboxEntry;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.TenantOwned;
import io.carepulse.survey.SurveyEvents.AnswerDelta;
import io.carepulse.survey.SurveyEvents.Delta;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts responses as they arrive. A respondent's start, a response and a released answer are
 * each written with their event on {@link #STREAM} (keyed by survey; the payload is the counts
 * to add, never free text and never who answered); a consumer takes the events into the survey's
 * {@link SurveyTally} in order and each once, and a read of the results takes in what is still
 * waiting first, so results are exact the moment a response is acknowledged.
 */
@Component
class SurveyTallies {

    enum Kind { STARTED, SUBMITTED, RELEASED }

    private static final String QUESTION = "questionId";

    static final EventStream<Delta> STREAM = EventStream.derived(SurveyEvents.STREAM_NAME, Delta.class,
            SurveyTallies::delta, SurveyRespondent.class, SurveyResponse.class);

    private final EventLog log;
    private final EventFold fold;
    private final TenantMongo mongo;

    SurveyTallies(EventLog log, EventFold fold, TenantMongo mongo) {
        this.log = log;
        this.fold = fold;
        this.mongo = mongo;
    }

    @Bean
    static EventStream<Delta> surveyResponseStream() {
        return STREAM;
    }

    @Bean
    static EventConsumer<Delta> surveyTallyConsumer(SurveyTallies tallies) {
        return EventConsumer.folding("survey-tally", STREAM, key -> tallies.catchUp(new ObjectId(key)));
    }

    OutboxEntry event(Kind kind, ObjectId surveyId) {
        return log.derived(STREAM, surveyId.toHexString(), kind.name(), null);
    }

    OutboxEntry released(ObjectId surveyId, String questionId) {
        return log.derived(STREAM, surveyId.toHexString(), Kind.RELEASED.name(), new Document(QUESTION, questionId));
    }

    <T extends TenantOwned> Mono<T> insert(java.util.function.Function<String, T> build, OutboxEntry event) {
        return log.insert(build, event);
    }

    Mono<Void> relay(ObjectId responseId) {
        return log.relay(SurveyResponse.class, responseId);
    }

    /** The survey's counts with every logged event taken in (empty before the survey's tally exists). */
    Mono<SurveyTally> catchUp(ObjectId surveyId) {
        // Not the mutation's change: a read of results may run inside one (a payload's survey).
        return PendingAudit.outside(fold.catchUp(STREAM, surveyId.toHexString(), SurveyTally.class, surveyId,
                SurveyTally::appliedSequence, SurveyTallies::counts));
    }

    /**
     * The survey's counts, exact: what is waiting taken in first. A survey whose counts were never
     * made (its creator's instance died between the two writes) gets them now.
     */
    Mono<SurveyTally> current(ObjectId surveyId) {
        return catchUp(surveyId).switchIfEmpty(Mono.defer(() -> PendingAudit.outside(
                fold.existing(SurveyTally.class, surveyId, org -> empty(surveyId, org))).then(catchUp(surveyId))));
    }

    /** The empty counts of a new survey, inserted with it. */
    Mono<SurveyTally> create(ObjectId surveyId) {
        return PendingAudit.outside(mongo.insert(org -> empty(surveyId, org)));
    }

    private static SurveyTally empty(ObjectId surveyId, String organization) {
        return new SurveyTally(surveyId, organization, 0, 0, 0, 0, Map.of());
    }

    private static Delta delta(TenantOwned source, String type, Document hint) {
        if (source instanceof SurveyRespondent) {
            return new Delta(1, 0, 0, List.of(), null);
        }
        if (!(source instanceof SurveyResponse response)) {
            throw new IllegalArgumentException("Not a survey document: " + source.getClass());
        }
        if (Kind.RELEASED.name().equals(type)) {
            return new Delta(0, 0, 0, List.of(new AnswerDelta(hint.getString(QUESTION), List.of(), null, null, -1)),
                    null);
        }
        // Held as the answer arrived (a release is an event of its own), whatever it is by now.
        return new Delta(0, 1, response.correct(), response.answers().stream()
                .map(a -> new AnswerDelta(a.questionId(), a.optionIds(), a.value(), a.correct(),
                        a.phiFindings().isEmpty() ? 0 : 1))
                .toList(), response.id().toHexString());
    }

    private static Update counts(List<Event<Delta>> events) {
        Map<String, Long> increments = new TreeMap<>();
        for (Event<Delta> event : events) {
            Delta delta = event.payload();
            increments.merge("started", (long) delta.started(), Long::sum);
            increments.merge("responses", (long) delta.responses(), Long::sum);
            increments.merge("scoreSum", (long) delta.correct(), Long::sum);
            for (AnswerDelta answer : delta.answers()) {
                String question = "questions." + answer.questionId() + ".";
                if (answer.held() < 0) {
                    increments.merge(question + "held", -1L, Long::sum);
                    continue;
                }
                increments.merge(question + "answered", 1L, Long::sum);
                increments.merge(question + "held", (long) answer.held(), Long::sum);
                answer.optionIds().forEach(option -> increments.merge(question + "options." + option, 1L, Long::sum));
                if (answer.value() != null) {
                    increments.merge(question + "values." + answer.value(), 1L, Long::sum);
                    increments.merge(question + "valueSum", (long) answer.value(), Long::sum);
                }
                if (Boolean.TRUE.equals(answer.correct())) {
                    increments.merge(question + "correct", 1L, Long::sum);
                }
            }
        }
        Update update = new Update();
        increments.forEach((field, amount) -> {
            if (amount != 0) {
                update.inc(field, amount);
            }
        });
        return update;
    }
}
