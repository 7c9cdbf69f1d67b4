package io.carepulse.liveqa.session;

import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.liveqa.session.LiveSessionInputs.CreateLiveSessionInput;
import io.carepulse.liveqa.session.LiveSessionInputs.LiveSessionSettingsInput;
import io.carepulse.liveqa.session.LiveSessionInputs.UpdateLiveSessionInput;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserErrorCode;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.query.Update;

/** Validation of a live session's details and settings; every failure names its input field. */
public final class LiveSessionRules {

    public static final int QUESTION_LENGTH_MAX = 2000;
    static final int QUESTIONS_PER_MINUTE_MAX = 60;
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int HOST_NAME_MAX = 120;
    static final int CREDENTIALS_MAX = 120;
    /** How far in the past a new session may be scheduled (a clock a little behind, a form left open). */
    static final Duration SCHEDULE_GRACE = Duration.ofDays(1);

    private LiveSessionRules() {
    }

    /** A new session's details, normalised, when they are valid. */
    record Valid(String title, String description, LiveSession.Host host, String streamUrl,
            LiveSession.Settings settings) {
    }

    static Valid validate(InputChecks checks, CreateLiveSessionInput input, Instant now) {
        String title = checks.text("title", input.title(), TITLE_MAX, true);
        String description = checks.text("description", input.description(), DESCRIPTION_MAX, false);
        String hostName = checks.textAt(input.host() == null ? null : input.host().name(), HOST_NAME_MAX, true,
                "host", "name");
        String credentials = checks.textAt(input.host() == null ? null : input.host().credentials(), CREDENTIALS_MAX,
                false, "host", "credentials");
        checks.check(input.scheduledStart() != null && !input.scheduledStart().isBefore(now.minus(SCHEDULE_GRACE)),
                UserErrorCode.INVALID, "scheduledStart must not lie in the past", "scheduledStart");
        return new Valid(title, description, new LiveSession.Host(hostName, credentials),
                input.streamUrl() == null ? null : input.streamUrl().toString(), settings(checks, input.settings()));
    }

    /** The changes an update asks for, validated against the session as it is; fields left out keep their values. */
    static Update changes(InputChecks checks, LiveSession current, UpdateLiveSessionInput input) {
        Update update = new Update();
        if (input.title() != null) {
            update.set("title", checks.text("title", input.title(), TITLE_MAX, true));
        }
        if (input.description() != null) {
            update.set("description", checks.text("description", input.description(), DESCRIPTION_MAX, false));
        }
        if (input.host() != null) {
            update.set("host", new LiveSession.Host(
                    checks.textAt(input.host().name(), HOST_NAME_MAX, true, "host", "name"),
                    checks.textAt(input.host().credentials(), CREDENTIALS_MAX, false, "host", "credentials")));
        }
        if (input.scheduledStart() != null) {
            checks.check(current.status() == LiveSessionStatus.SCHEDULED, UserErrorCode.INVALID_STATE,
                    "scheduledStart can change only before the session starts", "scheduledStart");
            update.set("scheduledStart", input.scheduledStart());
        }
        if (input.streamUrl() != null) {
            update.set("streamUrl", input.streamUrl().toString());
        }
        if (input.settings() != null) {
            update.set("settings", settings(checks, merged(current.settings(), input.settings())));
        }
        return update;
    }

    /** Settings left out of an update keep their current values. */
    private static LiveSessionSettingsInput merged(LiveSession.Settings current, LiveSessionSettingsInput in) {
        return new LiveSessionSettingsInput(
                in.anonymousQuestionsAllowed() != null ? in.anonymousQuestionsAllowed()
                        : current.anonymousQuestionsAllowed(),
                in.moderationMode() != null ? in.moderationMode() : current.moderationMode(),
                in.questionLengthLimit() != null ? in.questionLengthLimit() : current.questionLengthLimit(),
                in.questionsPerMinute() != null ? in.questionsPerMinute() : current.questionsPerMinute(),
                in.profanityFilter() != null ? in.profanityFilter() : current.profanityFilter(),
                in.earlyQuestionsAllowed() != null ? in.earlyQuestionsAllowed() : current.earlyQuestionsAllowed(),
                in.publishRecap() != null ? in.publishRecap() : current.publishRecap());
    }

    private static LiveSession.Settings settings(InputChecks checks, LiveSessionSettingsInput in) {
        boolean anonymous = in == null || in.anonymousQuestionsAllowed() == null || in.anonymousQuestionsAllowed();
        LiveSession.ModerationMode mode = in == null || in.moderationMode() == null
                ? LiveSession.ModerationMode.PRE_MODERATION : in.moderationMode();
        int length = in == null || in.questionLengthLimit() == null ? 500 : in.questionLengthLimit();
        int perMinute = in == null || in.questionsPerMinute() == null ? 3 : in.questionsPerMinute();
        boolean profanity = in == null || in.profanityFilter() == null || in.profanityFilter();
        boolean early = in != null && Boolean.TRUE.equals(in.earlyQuestionsAllowed());
        boolean recap = in != null && Boolean.TRUE.equals(in.publishRecap());
        checks.check(length <= QUESTION_LENGTH_MAX, UserErrorCode.INVALID,
                "questionLengthLimit must be at most " + QUESTION_LENGTH_MAX, "settings", "questionLengthLimit");
        checks.check(perMinute <= QUESTIONS_PER_MINUTE_MAX, UserErrorCode.INVALID,
                "questionsPerMinute must be at most " + QUESTIONS_PER_MINUTE_MAX, "settings", "questionsPerMinute");
        return new LiveSession.Settings(anonymous, mode, length, perMinute, profanity, early, recap);
    }
}
