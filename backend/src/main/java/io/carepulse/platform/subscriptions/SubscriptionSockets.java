package io.carepulse.platform.subscriptions;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.socket.HandshakeInfo;
import org.springframework.web.reactive.socket.server.RequestUpgradeStrategy;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;
import reactor.netty.Connection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Direct writes of graphql-ws {@code next} messages to the socket of a subscription, for work
 * that sends the same payload to many subscribers (the audience feed's fan-out). Spring's
 * WebSocket handler takes each message of each subscriber through a chain of operators, an
 * encoder and a hand-over to the socket's thread; here a payload encoded once is copied into
 * each socket's frame on the socket's own Netty event loop, and only the message id differs.
 *
 * <p>To know the socket, the WebSocket upgrade keeps its Netty channel in the session's
 * attributes (Reactor Netty only; elsewhere {@link #of} is empty and callers use the ordinary
 * path).
 */
@Configuration(proxyBeanMethods = false)
public class SubscriptionSockets implements WebFluxConfigurer {

    private static final String CHANNEL = SubscriptionSockets.class.getName() + ".channel";
    private static final byte[] ID = "{\"id\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT = ",\"type\":\"next\",\"payload\":".getBytes(StandardCharsets.UTF_8);
    /** Bytes a socket may leave unread before its subscriber is cut off (it then resumes by sequence). */
    static final long MAX_UNREAD_BYTES = 1 << 20;

    /**
     * Closes the WebSocket of a graphql-ws session with a close code and reason the client sees
     * (e.g. 4401 when its token expired), from the session's attributes; false when the session is
     * not served by Reactor Netty. Runs on the socket's event loop, after {@code delay}.
     */
    public static java.util.concurrent.Future<?> close(Map<String, Object> sessionAttributes, int code, String reason,
            java.time.Duration delay) {
        if (!(sessionAttributes.get(CHANNEL) instanceof Channel channel)) {
            return null;
        }
        Runnable close = () -> {
            if (channel.isActive()) {
                channel.writeAndFlush(new io.netty.handler.codec.http.websocketx.CloseWebSocketFrame(code, reason))
                        .addListener(io.netty.channel.ChannelFutureListener.CLOSE);
            }
        };
        return channel.eventLoop().schedule(close, Math.max(0, delay.toMillis()),
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The socket of this subscription request, with its message id, if it is served by Reactor Netty. */
    public static Optional<Socket> of(WebSocketGraphQlRequest request, JsonMapper json) {
        if (!(request.getSessionInfo().getAttributes().get(CHANNEL) instanceof Channel channel)) {
            return Optional.empty();
        }
        byte[] id = json.writeValueAsBytes(request.getId());
        byte[] start = new byte[ID.length + id.length + NEXT.length];
        System.arraycopy(ID, 0, start, 0, ID.length);
        System.arraycopy(id, 0, start, ID.length, id.length);
        System.arraycopy(NEXT, 0, start, ID.length + id.length, NEXT.length);
        return Optional.of(new Socket(channel, start));
    }

    /**
     * One subscription's socket. {@link #writeNext} must run on {@link #eventLoop()}, which
     * orders it with everything else written to the socket (Spring's {@code complete} message
     * of the subscription included, when that is signalled on the same event loop afterwards).
     */
    public record Socket(Channel channel, byte[] frameStart) {

        public EventLoop eventLoop() {
            return channel.eventLoop();
        }

        /**
         * Writes {@code {"id":…,"type":"next","payload":<payload>}}. False when the socket is
         * closed, or so far behind that more than {@link #MAX_UNREAD_BYTES} wait to be sent: the
         * caller then ends the subscription rather than queue without bound.
         */
        public boolean writeNext(byte[] payload) {
            if (!channel.isActive() || channel.bytesBeforeWritable() > MAX_UNREAD_BYTES) {
                return false;
            }
            ByteBuf text = channel.alloc().buffer(frameStart.length + payload.length + 1);
            text.writeBytes(frameStart).writeBytes(payload).writeByte('}');
            channel.writeAndFlush(new TextWebSocketFrame(text), channel.voidPromise());
            return true;
        }
    }

    /** Reactor Netty's upgrade, with the socket's channel added to the new session's attributes. */
    @Override
    public WebSocketService getWebSocketService() {
        RequestUpgradeStrategy reactorNetty = new ReactorNettyRequestUpgradeStrategy();
        return new HandshakeWebSocketService((exchange, handler, subProtocol, handshakeInfo) -> {
            if (!(ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest()) instanceof Connection connection)) {
                return reactorNetty.upgrade(exchange, handler, subProtocol, handshakeInfo);
            }
            // The upgraded WebSocket keeps the HTTP request's channel.
            Channel channel = connection.channel();
            return reactorNetty.upgrade(exchange, handler, subProtocol, () -> {
                HandshakeInfo info = handshakeInfo.get();
                Map<String, Object> attributes = new ConcurrentHashMap<>(info.getAttributes());
                attributes.put(CHANNEL, channel);
                return new HandshakeInfo(info.getUri(), info.getHeaders(), info.getCookies(), info.getPrincipal(),
                        info.getSubProtocol(), info.getRemoteAddress(), attributes, info.getLogPrefix());
            });
        });
    }
}
