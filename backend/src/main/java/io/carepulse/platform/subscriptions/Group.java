package io.carepulse.platform.subscriptions;

import io.netty.channel.EventLoop;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Sinks;
import reactor.util.context.ContextView;

/**
 * Subscribers sharing one execution: its results, encoded once, and how many members hold it.
 * Members are partitioned by the Netty event loop of their socket ({@link Partition}): each result
 * is handed to a partition's members on that loop, each frame written straight to its channel on
 * the thread that owns it, and the event loops share the work.
 */
final class Group implements SharedFeeds.Leader {

    /** A result of the group's execution, encoded to JSON once, with its event's sequence number. */
    record Sequenced(long sequence, byte[] json) {
    }

    /** Who shares an execution: same document, operation, variables (without the resume one) and group. */
    record Key(String field, String document, String operationName, Map<String, Object> variables, Object group) {
    }

    private static final Throwable COMPLETED = new Throwable("completed", null, false, false) {
    };

    final Key key;
    final Sinks.Empty<Void> ready = Sinks.empty();
    final AtomicBoolean started = new AtomicBoolean();
    private final Queue<Long> sequences = new ConcurrentLinkedQueue<>();
    private final ConcurrentMap<EventLoop, Partition> partitions = new ConcurrentHashMap<>();
    volatile boolean finished;
    volatile Disposable leader;
    /** How the leader ended, once it did: null while it runs, {@link #COMPLETED} or its error. */
    private volatile Throwable ending;
    int members; // guarded by the registry's compute()

    Group(Key key) {
        this.key = key;
    }

    @Override
    public void listening() {
        ready.tryEmitEmpty();
    }

    @Override
    public void emitting(long sequence) {
        sequences.add(sequence);
    }

    /** The sequence number of the result the leader produced now (they come in the order announced). */
    long nextSequence() {
        Long sequence = sequences.poll();
        if (sequence == null) {
            throw new IllegalStateException("A shared subscription's result came without its sequence number");
        }
        return sequence;
    }

    /**
     * Adds a member to its socket's partition, on that event loop, and only then starts its
     * replay: a live result the partition hands out before is in the log the replay reads, one
     * handed out after reaches the member live (and both only once).
     */
    void admit(Member member, Publisher<?> missed, ContextView context) {
        Partition partition = partitions.computeIfAbsent(member.eventLoop(), Partition::new);
        partition.onLoop(() -> {
            if (member.isEnded()) {
                return;
            }
            partition.add(member);
            Throwable end = ending;
            if (end != null) {
                member.groupEnded(end == COMPLETED ? null : end);
            }
            member.replay(missed, context);
        });
    }

    void dismiss(Member member) {
        member.end(null);
        Partition partition = partitions.get(member.eventLoop());
        if (partition != null) {
            partition.onLoop(() -> partition.remove(member));
        }
    }

    void emit(Sequenced event) {
        onEveryMember(member -> member.live(event));
    }

    void fail(Throwable error) {
        ending = error;
        ready.tryEmitError(error);
        onEveryMember(member -> member.groupEnded(error));
    }

    void complete() {
        ending = COMPLETED;
        ready.tryEmitEmpty();
        onEveryMember(member -> member.groupEnded(null));
    }

    private void onEveryMember(Consumer<Member> task) {
        partitions.values().forEach(partition -> partition.deliver(task));
    }

    /** No member is left: nothing is pending that anyone waits for. */
    void stop() {
        Disposable current = leader;
        if (current != null) {
            current.dispose();
        }
    }
}
