package io.carepulse.liveqa.session;

import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;

import java.net.URL;
import java.time.Instant;
import java.util.List;

/** GraphQL inputs of the live-session operations. */
public final class LiveSessionInputs {

    private LiveSessionInputs() {
    }

    record LiveSessionHostInput(String name, String credentials) {
    }

    record LiveSessionSettingsInput(Boolean anonymousQuestionsAllowed, LiveSession.ModerationMode moderationMode,
            Integer questionLengthLimit, Integer questionsPerMinute, Boolean profanityFilter,
            Boolean earlyQuestionsAllowed, Boolean publishRecap) {
    }

    record CreateLiveSessionInput(String title, String description, LiveSessionHostInput host,
            List<String> moderatorIds, Instant scheduledStart, URL streamUrl, LiveSessionSettingsInput settings) {
    }

    record UpdateLiveSessionInput(String id, int expectedVersion, String title, String description,
            LiveSessionHostInput host, List<String> moderatorIds, Instant scheduledStart, URL streamUrl,
            LiveSessionSettingsInput settings) {
    }

    record StartLiveSessionInput(String id, int expectedVersion) {
    }

    record EndLiveSessionInput(String id, int expectedVersion) {
    }

    record LiveSessionFilter(List<LiveSessionStatus> status, String search, Instant scheduledFrom,
            Instant scheduledTo) {
    }

    enum LiveSessionOrderField { SCHEDULED_START, TITLE, CREATED_AT }

    record LiveSessionOrder(LiveSessionOrderField field, io.carepulse.platform.graphql.OrderDirection direction) {
    }
}
