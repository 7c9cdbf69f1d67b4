package io.carepulse.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** For tests that call a feature's beans directly: runs a publisher as a staff member of an organisation. */
public final class ActingAs {

    private ActingAs() {
    }

    public static <T> Mono<T> staff(String organization, Mono<T> work) {
        return work.contextWrite(ReactiveSecurityContextHolder.withAuthentication(authentication(organization)));
    }

    public static <T> Flux<T> staff(String organization, Flux<T> work) {
        return work.contextWrite(ReactiveSecurityContextHolder.withAuthentication(authentication(organization)));
    }

    private static CallerAuthentication authentication(String organization) {
        Jwt jwt = Jwt.withTokenValue("test").header("alg", "none").subject("tester@" + organization)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        Caller caller = new Caller("tester@" + organization, organization, organization, "tester@" + organization,
                "Tester", Set.of(Role.ADMIN), Set.of());
        return new CallerAuthentication(jwt, caller, List.of());
    }
}
