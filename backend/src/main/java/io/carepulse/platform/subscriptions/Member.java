package io.carepulse.platform.subscriptions;

import graphql.ExecutionResult;
import io.carepulse.platform.events.EventHub;
import io.carepulse.platform.graphql.SlowSubscriberException;
import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.context.ContextView;
import tools.jackson.databind.json.JsonMapper;

/**
 * One subscriber of a {@link Group}, written to directly. Once admitted, everything about it
 * happens on its socket's event loop: its replayed results are handed there in order, live
 * results arriving meanwhile wait (up to {@link #BUFFER}), and after the replay a live result is
 * written only if its sequence number is above the last one the member got.
 */
final class Member {

    /** Live events held for a member while its replay runs; one more cuts it off (it then resumes). */
    static final int BUFFER = 4096;

    final SubscriptionSockets.Socket socket;
    final Sinks.Empty<Void> ended = Sinks.empty();
    private final SharedFeeds.Replay replay;
    private final JsonMapper json;
    private ArrayDeque<Group.Sequenced> waiting = new ArrayDeque<>();
    private boolean groupEnded;
    private Throwable groupError;
    private volatile boolean isEnded;
    private volatile Disposable replaying;

    Member(SubscriptionSockets.Socket socket, SharedFeeds.Replay replay, JsonMapper json) {
        this.socket = socket;
        this.replay = replay;
        this.json = json;
    }

    EventLoop eventLoop() {
        return socket.eventLoop();
    }

    boolean isEnded() {
        return isEnded;
    }

    /** Subscribes the member's own execution (as the member's caller); its results are written in order, then live ones. */
    void replay(Publisher<?> missed, ContextView context) {
        EventLoop loop = socket.eventLoop();
        replaying = Flux.from(missed).cast(ExecutionResult.class)
                .map(result -> json.writeValueAsBytes(result.toSpecification()))
                .contextWrite(context)
                .subscribe(payload -> loop.execute(() -> write(payload)),
                        error -> loop.execute(() -> end(error)),
                        () -> loop.execute(this::replayed));
    }

    private void replayed() {
        ArrayDeque<Group.Sequenced> held = waiting;
        waiting = null;
        replaying = null;
        if (replay.ended) {
            end(null);
            return;
        }
        while (held != null && !held.isEmpty() && !isEnded) {
            live(held.poll());
        }
        if (groupEnded) {
            end(groupError);
        }
    }

    void live(Group.Sequenced event) {
        if (isEnded) {
            return;
        }
        if (waiting != null) {
            if (waiting.size() >= BUFFER) {
                end(new SlowSubscriberException(EventHub.RESUME));
            } else {
                waiting.add(event);
            }
            return;
        }
        if (event.sequence() > replay.last) {
            replay.last = event.sequence();
            write(event.json());
        }
    }

    /** The group's execution ended (the feed ended, or it failed): so does the member, after its replay. */
    void groupEnded(Throwable error) {
        groupEnded = true;
        groupError = error;
        if (waiting == null) {
            end(error);
        }
    }

    private void write(byte[] payload) {
        if (!isEnded && !socket.writeNext(payload)) {
            end(new SlowSubscriberException(EventHub.RESUME));
        }
    }

    /** Ends the subscription once; Spring then writes its complete (or error) message after the frames above. */
    void end(Throwable error) {
        if (isEnded) {
            return;
        }
        isEnded = true;
        Disposable current = replaying;
        if (current != null) {
            current.dispose();
        }
        if (error == null) {
            ended.tryEmitEmpty();
        } else {
            ended.tryEmitError(error);
        }
    }
}
