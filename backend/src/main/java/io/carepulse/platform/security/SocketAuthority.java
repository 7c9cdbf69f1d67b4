package io.carepulse.platform.security;

import io.carepulse.platform.subscriptions.SubscriptionSockets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webflux.AuthenticationWebSocketInterceptor;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who a graphql-ws socket speaks for, and for how long. Sockets authenticate from the
 * {@code connection_init} payload (never the URL); that identity then lasts only as long as its
 * token: at the token's expiry the socket is closed with 4401 "Token expired" (the SPA resumes
 * with a renewed token and {@code afterSequence}), so a revoked role or a deactivated user lasts
 * at most until then. A participant's socket also closes when its session ends, and every
 * operation on a participant's socket checks the session is still open. One socket may carry
 * {@code maxSubscriptionsPerSocket} subscriptions and one caller may hold
 * {@code maxSocketsPerCaller} sockets; beyond that the socket is closed with 4429.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SocketAuthority implements WebSocketGraphQlInterceptor {

    public static final int EXPIRED = 4401;
    public static final int TOO_MANY = 4429;
    /** Time for a session's last event to reach its audience before their sockets close. */
    static final Duration SESSION_END_GRACE = Duration.ofSeconds(2);

    private final AuthenticationWebSocketInterceptor authentication;
    private final ParticipantSessions participantSessions;
    private final int maxSubscriptionsPerSocket;
    private final int maxSocketsPerCaller;
    private final ConcurrentMap<String, Socket> sockets = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> socketsPerCaller = new ConcurrentHashMap<>();

    SocketAuthority(ReactiveJwtDecoder decoder, CallerTokenConverter converter, ParticipantSessions participantSessions,
            @Value("${carepulse.limits.max-subscriptions-per-socket:100}") int maxSubscriptionsPerSocket,
            @Value("${carepulse.limits.max-sockets-per-caller:20}") int maxSocketsPerCaller) {
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
        manager.setJwtAuthenticationConverter(converter);
        this.authentication = new AuthenticationWebSocketInterceptor(new BearerTokenAuthenticationExtractor(), manager);
        this.participantSessions = participantSessions;
        this.maxSubscriptionsPerSocket = maxSubscriptionsPerSocket;
        this.maxSocketsPerCaller = maxSocketsPerCaller;
    }

    /** One authenticated socket. */
    private static final class Socket {
        final Caller caller;
        final Instant expiresAt;
        final Map<String, Object> attributes;
        final AtomicInteger subscriptions = new AtomicInteger();
        volatile Future<?> expiry;
        volatile boolean closing;

        Socket(Caller caller, Instant expiresAt, Map<String, Object> attributes) {
            this.caller = caller;
            this.expiresAt = expiresAt;
            this.attributes = attributes;
        }

        void close(int code, String reason, Duration after) {
            closing = true;
            SubscriptionSockets.close(attributes, code, reason, after);
        }
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
        return authentication.handleConnectionInitialization(info, payload).then(Mono.defer(() -> {
            CallerAuthentication caller = authenticated(info);
            if (caller == null) {
                return Mono.empty(); // no token: only what needs none may be subscribed to
            }
            Instant expiresAt = caller.getToken().getExpiresAt();
            Socket socket = new Socket(caller.caller(), expiresAt, info.getAttributes());
            sockets.put(info.getId(), socket);
            int held = socketsPerCaller.computeIfAbsent(key(caller.caller()), k -> new AtomicInteger()).incrementAndGet();
            if (held > maxSocketsPerCaller) {
                socket.close(TOO_MANY, "Too many sockets for one user (at most " + maxSocketsPerCaller + ")",
                        Duration.ZERO);
                return Mono.never(); // no acknowledgement: the socket closes with 4429 instead

            }
            if (expiresAt != null) {
                socket.expiry = SubscriptionSockets.close(info.getAttributes(), EXPIRED, "Token expired",
                        Duration.between(Instant.now(), expiresAt));
            }
            return Mono.empty();
        }));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socketRequest)) {
            return chain.next(request);
        }
        Socket socket = sockets.get(socketRequest.getSessionInfo().getId());
        if (socket == null) {
            return authentication.intercept(request, chain);
        }
        if (socket.closing || socket.expiresAt != null && !Instant.now().isBefore(socket.expiresAt)) {
            return Mono.just(refused(request)); // the socket is closing: it speaks for no one any more
        }
        Mono<Boolean> open = socket.caller.isParticipant()
                ? participantSessions.isOpen(socket.caller.organization(), socket.caller.participant().sessionId())
                : Mono.just(true);
        return open.flatMap(isOpen -> {
            if (!isOpen) {
                socket.close(EXPIRED, "The live session has ended", Duration.ZERO);
                return Mono.just(refused(request));
            }
            return authentication.intercept(request, chain).map(response -> counted(socket, response));
        });
    }

    /** A subscription counts against its socket's cap for as long as it lasts. */
    private WebGraphQlResponse counted(Socket socket, WebGraphQlResponse response) {
        if (!(response.getData() instanceof org.reactivestreams.Publisher<?> stream)) {
            return response;
        }
        if (socket.subscriptions.incrementAndGet() > maxSubscriptionsPerSocket) {
            socket.subscriptions.decrementAndGet();
            socket.close(TOO_MANY, "Too many subscriptions on one socket (at most " + maxSubscriptionsPerSocket + ")",
                    Duration.ZERO);
            return response.transform(builder -> builder.data(Flux.empty()));
        }
        return response.transform(builder -> builder.data(Flux.from(stream)
                .doFinally(signal -> socket.subscriptions.decrementAndGet())));
    }

    @Override
    public Mono<Void> handleCancelledSubscription(WebSocketSessionInfo info, String subscriptionId) {
        return authentication.handleCancelledSubscription(info, subscriptionId);
    }

    @Override
    public void handleConnectionClosed(WebSocketSessionInfo info, int statusCode, Map<String, Object> payload) {
        Socket socket = sockets.remove(info.getId());
        if (socket != null) {
            Future<?> expiry = socket.expiry;
            if (expiry != null) {
                expiry.cancel(false);
            }
            socketsPerCaller.computeIfPresent(key(socket.caller), (k, held) -> held.decrementAndGet() <= 0 ? null : held);
        }
        authentication.handleConnectionClosed(info, statusCode, payload);
    }

    /** Closes, after a short grace, the sockets of every caller that matches (e.g. the audience of an ended session). */
    public void closeWhere(Predicate<Caller> matches, String reason) {
        sockets.values().stream().filter(socket -> matches.test(socket.caller))
                .forEach(socket -> socket.close(EXPIRED, reason, SESSION_END_GRACE));
    }

    /** Sockets open on this instance now (for tests). */
    int openSockets() {
        return sockets.size();
    }

    private static CallerAuthentication authenticated(WebSocketSessionInfo info) {
        for (Object value : info.getAttributes().values()) {
            if (value instanceof SecurityContext context
                    && context.getAuthentication() instanceof CallerAuthentication caller) {
                return caller;
            }
        }
        return null;
    }

    private static String key(Caller caller) {
        return caller.isParticipant() ? "participant:" + caller.participant().participantId()
                : caller.organization() + ":" + caller.subject();
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request) {
        var error = graphql.GraphqlErrorBuilder.newError()
                .errorType(org.springframework.graphql.execution.ErrorType.UNAUTHORIZED)
                .message("This connection's authority has ended: connect again").build();
        var result = graphql.ExecutionResultImpl.newExecutionResult().addError(error).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
