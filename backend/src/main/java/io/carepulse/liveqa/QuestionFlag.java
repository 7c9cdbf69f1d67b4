package io.carepulse.liveqa;

/** Why a question is held for a moderator whatever the moderation mode. */
public enum QuestionFlag {
    PHI_SUSPECTED,
    PROFANITY
}
