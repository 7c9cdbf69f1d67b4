package io.carepulse.platform.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.nio.NioIoHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How one event loop's share of a fan-out is written: in slices, in order. */
class PartitionTest {

    /** An event loop with I/O, as the server's sockets have. */
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoop loop = group.next();

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Test
    void aTaskQueuedDuringALargeFanOutRunsAfterOneSliceNotAfterEveryMember() throws Exception {
        Partition partition = new Partition(loop);
        List<Member> members = members(partition, 10 * Partition.SLICE);
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Integer> writtenWhenTheTaskRan = new CompletableFuture<>();
        // Both queued from the loop itself: the fan-out's first task before the other one.
        loop.submit(() -> {
            partition.deliver(member -> written.incrementAndGet());
            loop.execute(() -> writtenWhenTheTaskRan.complete(written.get()));
        }).get(5, TimeUnit.SECONDS);

        assertThat(writtenWhenTheTaskRan.get(5, TimeUnit.SECONDS)).isEqualTo(Partition.SLICE);
        awaitOnLoop(() -> written.get() == members.size());
    }

    @Test
    void everyMemberGetsEveryDeliveryInOrderWhenDeliveriesOverlap() throws Exception {
        Partition partition = new Partition(loop);
        List<Member> members = members(partition, 3 * Partition.SLICE + 7);
        Map<Member, List<Integer>> received = new ConcurrentHashMap<>();
        for (int event = 1; event <= 5; event++) {
            int sequence = event;
            partition.deliver(member -> received.computeIfAbsent(member, m -> new ArrayList<>()).add(sequence));
        }
        awaitOnLoop(() -> received.values().stream().mapToInt(List::size).sum() == 5 * members.size());
        assertThat(received).hasSize(members.size());
        assertThat(received.values()).allSatisfy(sequences -> assertThat(sequences).containsExactly(1, 2, 3, 4, 5));
    }

    @Test
    void aMemberAdmittedDuringADeliveryGetsTheDeliveriesAfterIt() throws Exception {
        Partition partition = new Partition(loop);
        members(partition, 2 * Partition.SLICE);
        Member late = member();
        Map<Member, List<Integer>> received = new ConcurrentHashMap<>();
        partition.deliver(member -> received.computeIfAbsent(member, m -> new ArrayList<>()).add(1));
        loop.execute(() -> partition.add(late)); // runs between the first delivery's slices
        partition.deliver(member -> received.computeIfAbsent(member, m -> new ArrayList<>()).add(2));
        awaitOnLoop(() -> received.containsKey(late) && received.values().stream()
                .mapToInt(List::size).sum() == 2 * 2 * Partition.SLICE + 1);
        assertThat(received.get(late)).containsExactly(2);
    }

    private List<Member> members(Partition partition, int count) throws Exception {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(member());
        }
        loop.submit(() -> members.forEach(partition::add)).get(5, TimeUnit.SECONDS);
        return members;
    }

    private static Member member() {
        return new Member(new SubscriptionSockets.Socket(new EmbeddedChannel(), new byte[0]),
                new SharedFeeds.Replay(-1), null);
    }

    /** Waits for a condition checked on the loop, after what was queued before it ran. */
    private void awaitOnLoop(java.util.function.BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!loop.submit(done::getAsBoolean).get(5, TimeUnit.SECONDS)) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
        }
    }
}
