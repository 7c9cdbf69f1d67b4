package io.carepulse.platform.security;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/** The {@link Caller} of the current request, read from the Reactor context. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    /** The caller, or empty when the request is anonymous. */
    public static Mono<Caller> get() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(auth -> ((CallerAuthentication) auth).caller());
    }

    /** The caller; an error when anonymous, which never happens behind an {@code @access} rule. */
    public static Mono<Caller> required() {
        return get().switchIfEmpty(Mono.error(() -> new IllegalStateException("No authenticated caller")));
    }
}
