package io.carepulse.platform.graphql;

/**
 * A subscriber that stopped reading while events kept coming: its bounded buffer is full, so its
 * subscription ends with this error instead of holding ever more memory. Clients resubscribe
 * (with {@code afterSequence} where the subscription takes one, to miss nothing); the error says
 * so in {@code extensions.code = SLOW_SUBSCRIBER} and {@code extensions.resumable = true}.
 */
public class SlowSubscriberException extends RuntimeException {

    public SlowSubscriberException(String howToResume) {
        super("You fell too far behind the events of this subscription; " + howToResume, null, false, false);
    }
}
