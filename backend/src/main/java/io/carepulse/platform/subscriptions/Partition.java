package io.carepulse.platform.subscriptions;

import io.netty.channel.EventLoop;
import io.netty.channel.SingleThreadEventLoop;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The members of a {@link Group} whose sockets belong to one Netty event loop, and the deliveries
 * waiting for them. Everything here runs on that loop. A delivery (one result for every member)
 * is written in slices of {@link #SLICE} members, each slice a task of its own: between two
 * slices the loop runs whatever else is waiting (an HTTP response, a request's next step), so a
 * fan-out to thousands of sockets does not hold up requests on the same loop. Deliveries are
 * handed out in the order they came, so every member gets the results in order.
 */
final class Partition {

    /**
     * Members written to in one task before the loop may run something else (system property
     * {@code carepulse.fanout.slice}, for benchmarks).
     */
    static final int SLICE = Integer.getInteger("carepulse.fanout.slice", 256);

    private final EventLoop loop;
    private final List<Member> members = new ArrayList<>();
    private final ArrayDeque<Delivery> pending = new ArrayDeque<>();
    private boolean draining;

    Partition(EventLoop loop) {
        this.loop = loop;
    }

    /** Runs a task on this partition's loop (nothing, when the server is shutting down). */
    void onLoop(Runnable task) {
        onLoop(loop, task);
    }

    static void onLoop(EventLoop loop, Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            // The server is shutting down.
        }
    }

    /** On the loop: the member gets every delivery handed out from now on. */
    void add(Member member) {
        members.add(member);
    }

    /** On the loop. */
    void remove(Member member) {
        members.remove(member);
    }

    /** Hands {@code task} to every member admitted by the time it runs, after the deliveries before it. */
    void deliver(Consumer<Member> task) {
        onLoop(() -> {
            pending.add(new Delivery(members.toArray(Member[]::new), task));
            if (!draining) {
                draining = true;
                drain();
            }
        });
    }

    private void drain() {
        int budget = SLICE;
        while (!pending.isEmpty()) {
            Delivery delivery = pending.peek();
            while (delivery.next < delivery.to.length && budget > 0) {
                delivery.task.accept(delivery.to[delivery.next++]);
                budget--;
            }
            if (delivery.next == delivery.to.length) {
                pending.poll();
            }
            if (budget == 0 && !pending.isEmpty()) {
                continueLater();
                return;
            }
        }
        draining = false;
    }

    /**
     * The rest after what waits on the loop now: the tasks already queued (an HTTP response, a
     * request's next step) and then the loop's next turn of I/O (a request that arrived
     * meanwhile is read). The rest is queued at the end of this turn, after its tasks: a task
     * queued at once would run in this same turn, before any I/O, and a task scheduled to run at
     * once waits for the event loop's timer (measured: delivery p99 went from 182 ms to 1,217 ms).
     */
    private void continueLater() {
        if (loop instanceof SingleThreadEventLoop turns) {
            turns.executeAfterEventLoopIteration(() -> onLoop(this::drain));
        } else {
            onLoop(this::drain);
        }
    }

    private static final class Delivery {
        final Member[] to;
        final Consumer<Member> task;
        int next;

        Delivery(Member[] to, Consumer<Member> task) {
            this.to = to;
            this.task = task;
        }
    }
}
