package io.carepulse.feedback;

import io.carepulse.feedback.themes.AnalysedMessage;
import io.carepulse.feedback.themes.MessageTerms;
import io.carepulse.feedback.themes.SentimentScore;
import io.carepulse.feedback.themes.SentimentScorer;
import io.carepulse.liveqa.LiveEvent;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.phi.PhiFinding;
import io.carepulse.platform.events.Event;
import io.carepulse.platform.events.EventConsumer;
import io.carepulse.platform.events.EventLog;
import io.carepulse.platform.tenancy.PendingAudit;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.survey.SurveyEvents;
import io.carepulse.survey.SurveyResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts each patient text once for the themes: a new inbox thread's message, a survey's free-text
 * answer, a live Q&A question. Three consumers follow the streams they come on (the inbox's own,
 * the surveys' and live Q&A's), so nothing here reaches into another feature's writes; each text
 * becomes a {@link ThemedMessage} under an ID named after its origin, so a redelivered event counts
 * nothing twice.
 */
@Component
class ThemeIndex {

    private static final SentimentScorer SCORER = SentimentScorer.standard();
    /** Texts counted at once: each is counted once under its own ID, in any order. */
    private static final int PARALLEL = 4;

    private final TenantMongo mongo;
    private final EventLog log;
    private final ThemeTaxonomies taxonomies;
    private final OrganizationSettingsStore settings;

    ThemeIndex(TenantMongo mongo, EventLog log, ThemeTaxonomies taxonomies, OrganizationSettingsStore settings) {
        this.mongo = mongo;
        this.log = log;
        this.taxonomies = taxonomies;
        this.settings = settings;
    }

    /** The sentiment of one text, as the themes count it. */
    static SentimentScore sentiment(String text) {
        return SCORER.score(text);
    }

    @Bean
    static EventConsumer<FeedbackThread> themeThreadsConsumer(ThemeIndex index) {
        return EventConsumer.of("feedback-themes-threads", FeedbackChanges.STREAM, index::thread).unordered(PARALLEL);
    }

    @Bean
    static EventConsumer<SurveyEvents.Delta> themeSurveysConsumer(ThemeIndex index) {
        return EventConsumer.of("feedback-themes-surveys", SurveyEvents.stream(), index::survey).unordered(PARALLEL);
    }

    @Bean
    static EventConsumer<LiveEvent.Payload> themeLiveQuestionsConsumer(ThemeIndex index) {
        return EventConsumer.of("feedback-themes-live-questions", LiveEvent.stream(), index::liveQuestion).unordered(PARALLEL);
    }

    /** A new thread's patient message; a live question sent to the inbox was counted as the question. */
    Mono<Void> thread(Event<FeedbackThread> event) {
        if (!FeedbackChanges.Kind.CREATED.name().equals(event.type())
                || event.payload().source() == FeedbackThread.Source.LIVE_QA) {
            return Mono.empty();
        }
        return mongo.findById(event.payload().id(), FeedbackThread.class).flatMap(this::count);
    }

    /** Counts a thread's first patient message, once, under the thread's ID. */
    Mono<Void> count(FeedbackThread thread) {
        return Mono.justOrEmpty(thread.patientMessages().findFirst())
                .flatMap(message -> index("thread|" + thread.id().toHexString(), thread.source(),
                        thread.id().toHexString(), thread.id(), message.text(), message.phiFindings(),
                        message.sentAt()));
    }

    Mono<Void> survey(Event<SurveyEvents.Delta> event) {
        String responseId = event.payload().responseId();
        if (responseId == null || !ObjectId.isValid(responseId)) {
            return Mono.empty();
        }
        return mongo.findById(new ObjectId(responseId), SurveyResponse.class)
                .flatMapMany(response -> Flux.fromIterable(response.answers())
                        .filter(answer -> answer.text() != null)
                        .concatMap(answer -> index("survey|" + responseId + ":" + answer.questionId(),
                                FeedbackThread.Source.SURVEY, responseId, null, answer.text(), answer.phiFindings(),
                                response.submittedAt())))
                .then();
    }

    Mono<Void> liveQuestion(Event<LiveEvent.Payload> event) {
        LiveQuestion question = event.payload().question();
        if (!LiveEvent.Type.QUESTION_ASKED.name().equals(event.type()) || question == null) {
            return Mono.empty();
        }
        String text = question.originalText() != null ? question.originalText() : question.text();
        return index("live|" + question.id().toHexString(), FeedbackThread.Source.LIVE_QA,
                question.id().toHexString(), null, text, question.phiFindings(), question.createdAt());
    }

    /** Counts one text, once: a second time for the same origin is refused by its ID. */
    Mono<Void> index(String id, FeedbackThread.Source source, String threadKey, ObjectId inboxThread, String text,
            List<PhiFinding> phi, Instant at) {
        if (text == null || text.isBlank()) {
            return Mono.empty();
        }
        return Mono.zip(settings.current(), taxonomies.current()).flatMap(t -> {
            String day = at.atZone(t.getT1().zone()).toLocalDate().toString();
            AnalysedMessage analysed = MessageTerms.analyse(text, phi);
            Set<String> themes = t.getT2().themesOf(analysed.terms());
            SentimentScore tone = sentiment(text);
            return PendingAudit.outside(log.insert(org -> new ThemedMessage(id, org, source, threadKey, inboxThread, day,
                            at, List.copyOf(themes), tone.sentiment().name(), tone.score(), analysed.surfaces()),
                    ThemeDays.keys(new ThemedMessage(id, null, source, threadKey, inboxThread, day, at, List.of(),
                            null, 0, null)).stream().map(key -> log.derived(ThemeDays.STREAM, key, "COUNTED", null))
                            .toArray(io.carepulse.platform.events.OutboxEntry[]::new)))
                    .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                    .then();
        });
    }
}
