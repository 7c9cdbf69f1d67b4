package io.carepulse.devmongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import de.bwaldvogel.mongo.wire.message.ClientRequest;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) for development and tests, never part of the
 * product: {@code make run} starts it as a process of its own ({@link EmbeddedMongoMain}), the
 * backend's tests in their own JVM.
 * It has no multi-document transactions and never enforces TTL indexes, so the product relies
 * on single-document atomicity and explicit jobs only.
 *
 * <p>The server's network side is set up here rather than by mongo-java-server's
 * {@code MongoServer}, for one difference: commands run on threads apart from the sockets' event
 * loops, so a change stream's {@code getMore} can wait for data ({@link AwaitData}) and a write
 * can wait for its commit to the file without holding up other connections. The driver sends one
 * command at a time per connection and waits for its answer, so commands need no order across
 * threads. The backends themselves, with their oplog and their durable writes, are
 * {@link EmbeddedBackends}.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private final MongoBackend backend;
    private final EventLoopGroup acceptor;
    private final EventLoopGroup sockets;
    /** Runs commands: threads started when needed and stopped after a minute idle; a waiting change stream holds one. */
    private final ExecutorService commands;
    private final ChannelGroup clients;
    private final Channel listener;
    private final InetSocketAddress address;

    /** What {@code file} says for a throw-away store in memory. */
    public static final String MEMORY = "memory";

    /**
     * Starts a server on a loopback port.
     *
     * @param file H2 file of the data, or {@link #MEMORY} for a throw-away store in memory
     * @param port loopback port; 0 picks a free one ({@link #connectionString} names it)
     */
    public EmbeddedMongoServer(String file, int port) {
        boolean inMemory = MEMORY.equalsIgnoreCase(file);
        this.backend = inMemory ? EmbeddedBackends.memory() : EmbeddedBackends.file(file);
        // Change streams (live subscriptions) need the oplog (EmbeddedBackends puts in its own).
        backend.enableOplog();
        this.acceptor = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("embedded-mongo-accept", true),
                NioIoHandler.newFactory());
        this.sockets = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("embedded-mongo-io", true),
                NioIoHandler.newFactory());
        // Plain threads: waiting (and the H2 file's I/O) is what they are for, unlike an event loop's.
        this.commands = Executors.newCachedThreadPool(
                Thread.ofPlatform().name("embedded-mongo-command-", 1).daemon().factory());
        this.clients = new DefaultChannelGroup("embedded-mongo-clients", GlobalEventExecutor.INSTANCE);
        this.listener = new ServerBootstrap()
                .group(acceptor, sockets)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
                                        new MongoWireProtocolHandler())
                                .addLast(new CommandsOffTheEventLoop(backend, clients, commands))
                                .addLast(new MongoExceptionHandler());
                    }
                })
                .bind("127.0.0.1", port)
                .syncUninterruptibly()
                .channel();
        this.address = (InetSocketAddress) listener.localAddress();
        log.info("Embedded MongoDB ({}) listening on mongodb://127.0.0.1:{} — connect with any MongoDB client",
                inMemory ? "in memory" : "H2 file " + Path.of(file).toAbsolutePath(),
                address.getPort());
    }

    /**
     * mongo-java-server's command handler, run on a command thread. (Adding the handler to the
     * pipeline with an executor of its own would not do: the pipeline then tells it about its
     * channel on that executor too, and a command read before that would skip it.)
     */
    private static final class CommandsOffTheEventLoop extends MongoDatabaseHandler {
        private final Executor commands;

        CommandsOffTheEventLoop(MongoBackend backend, ChannelGroup clients, Executor commands) {
            super(backend, clients);
            this.commands = commands;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, ClientRequest request) {
            try {
                commands.execute(() -> {
                    try {
                        super.channelRead0(context, request);
                    } catch (RuntimeException e) {
                        context.fireExceptionCaught(e);
                    }
                });
            } catch (RejectedExecutionException e) {
                context.close(); // shutting down
            }
        }
    }

    /** Change streams open on this server now: every instance should hold one per collection it follows. */
    public int openChangeStreams() {
        return EmbeddedBackends.openChangeStreams(backend);
    }

    /**
     * Forgets the change history up to and including the point of a resume token this server
     * issued (its {@code _data}), as an oplog overrun by a burst of writes would: a reader resuming
     * there gets ChangeStreamHistoryLost. For tests of how readers recover.
     */
    public void forgetChangeHistoryThrough(String resumeTokenData) {
        EmbeddedBackends.forgetChangeHistoryThrough(backend, Long.parseLong(resumeTokenData, 16));
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        clients.close().syncUninterruptibly();
        commands.shutdownNow();
        sockets.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        acceptor.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        backend.close();
    }
}
