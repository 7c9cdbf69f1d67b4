package io.carepulse.consent;

import io.carepulse.consent.ConsentInputs.RevokeConsentByLinkInput;
import io.carepulse.consent.ConsentPayloads.RevokeConsentByLinkPayload;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.RateLimitedException;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.limits.CapabilityGuesses;
import io.carepulse.platform.limits.OperationLimitsInterceptor;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The patient's revocation link, given when they signed: it shows only the consent's label and
 * revokes it in writing (method ONLINE), once. Like the signing link, an unknown, used or expired
 * one, or one whose consent is no longer active, gets the same answer.
 */
@Controller
class ConsentRevocationLinks {

    record PublicConsentRevocation(String organizationName, String label) {
    }

    private record Opened(ConsentLinks.Link link, Consent consent, String organizationName) {
    }

    private final ConsentLinks links;
    private final CrossTenantAccess access;
    private final ConsentMutations mutations;
    private final CapabilityGuesses guesses;
    private final Clock clock;

    ConsentRevocationLinks(ConsentLinks links, CrossTenantAccess access, ConsentMutations mutations,
            CapabilityGuesses guesses, Clock clock) {
        this.links = links;
        this.access = access;
        this.mutations = mutations;
        this.guesses = guesses;
        this.clock = clock;
    }

    @QueryMapping
    Mono<PublicConsentRevocation> consentRevocation(@Argument String token,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        String client = address == null ? "unknown" : address;
        OptionalLong wait = guesses.blocked(client);
        if (wait.isPresent()) {
            return Mono.error(new RateLimitedException("Too many wrong links from your network: try again in "
                    + wait.getAsLong() + " s", wait.getAsLong()));
        }
        return open(token, client).map(opened -> new PublicConsentRevocation(opened.organizationName(),
                opened.consent().label()));
    }

    @MutationMapping
    Mono<RevokeConsentByLinkPayload> revokeConsentByLink(@Argument RevokeConsentByLinkInput input,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        String client = address == null ? "unknown" : address;
        OptionalLong wait = guesses.blocked(client);
        if (wait.isPresent()) {
            return Mono.just(RevokeConsentByLinkPayload.failed(UserError.onInput(UserErrorCode.RATE_LIMITED,
                    "Too many wrong links from your network: try again in " + wait.getAsLong() + " s", "token")));
        }
        InputChecks checks = new InputChecks();
        String reason = checks.text("reason", input.reason(), ConsentRules.TEXT_MAX, false);
        if (!checks.ok()) {
            return Mono.just(new RevokeConsentByLinkPayload(false, checks.errors(), null, null));
        }
        return open(input.token(), client).flatMap(opened -> {
            Consent consent = opened.consent();
            CallerAuthentication patient = CallerAuthentication.forPatient(consent.organizationId(),
                    consent.patient().subjectId());
            return mutations.write(consent, clock.instant(), ConsentRevocationMethod.ONLINE, reason,
                            patient.caller().subject())
                    .flatMap(revoked -> links.use(opened.link()).thenReturn(new RevokeConsentByLinkPayload(true,
                            List.of(), GlobalId.encode(Consent.TYPE, revoked.id()), patient)))
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(patient));
        }).defaultIfEmpty(RevokeConsentByLinkPayload.failed(ConsentSigning.LINK_NOT_VALID));
    }

    /** The active consent a revocation link opens; a wrong guess of the address when the link is unknown. */
    private Mono<Opened> open(String token, String client) {
        return links.open(ConsentLinks.Kind.REVOKE, token)
                .switchIfEmpty(Mono.fromRunnable(() -> guesses.failed(client)))
                .flatMap(link -> access.byIdInOrganization(link.organizationId(), link.target(), Consent.class)
                        .filter(Consent::inEffect)
                        .flatMap(consent -> access.byIdInOrganization(link.organizationId(), consent.id(),
                                        ConsentRequest.class).map(ConsentRequest::organizationName)
                                .defaultIfEmpty(link.organizationId())
                                .map(name -> new Opened(link, consent, name))));
    }
}
