package io.carepulse.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** An authenticated request whose principal is a {@link Caller}. */
public final class CallerAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final Caller caller;

    CallerAuthentication(Jwt jwt, Caller caller, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, caller, jwt, authorities);
        this.caller = caller;
        setAuthenticated(true);
    }

    /**
     * The organisation a feature acts for when it handles another feature's event (no user, no
     * roles, no scopes): reads and writes through {@code TenantMongo} stay within it. Its token
     * is a placeholder that never leaves the process.
     */
    public static CallerAuthentication forEventConsumer(String organization, String consumer) {
        java.time.Instant now = java.time.Instant.now();
        Jwt placeholder = Jwt.withTokenValue("event-consumer").header("alg", "none").subject("consumer:" + consumer)
                .issuedAt(now).expiresAt(now.plusSeconds(60)).build();
        Caller caller = new Caller("consumer:" + consumer, organization, null, null, consumer,
                java.util.Set.of(), java.util.Set.of());
        return new CallerAuthentication(placeholder, caller, java.util.List.of());
    }

    /**
     * The organisation a scheduled job acts for (an expiry run), with no user, roles or scopes;
     * like {@link #forEventConsumer}, its placeholder token never leaves the process.
     */
    public static CallerAuthentication forJob(String organization, String job) {
        java.time.Instant now = java.time.Instant.now();
        Jwt placeholder = Jwt.withTokenValue("job").header("alg", "none").subject("job:" + job)
                .issuedAt(now).expiresAt(now.plusSeconds(60)).build();
        Caller caller = new Caller("job:" + job, organization, null, null, job, java.util.Set.of(), java.util.Set.of());
        return new CallerAuthentication(placeholder, caller, java.util.List.of());
    }

    /**
     * A patient acting through a signing or revocation link, in the link's organisation: no user,
     * no roles; {@code subject} is {@code patient:} and the patient's pseudonymous subject ID.
     */
    public static CallerAuthentication forPatient(String organization, String subjectId) {
        java.time.Instant now = java.time.Instant.now();
        Jwt placeholder = Jwt.withTokenValue("patient-link").header("alg", "none").subject(PATIENT_PREFIX + subjectId)
                .issuedAt(now).expiresAt(now.plusSeconds(60)).build();
        Caller caller = new Caller(PATIENT_PREFIX + subjectId, organization, null, null, "Patient", java.util.Set.of(),
                java.util.Set.of());
        return new CallerAuthentication(placeholder, caller, java.util.List.of());
    }

    /** The subject prefix of a patient acting through a link. */
    public static final String PATIENT_PREFIX = "patient:";

    public Caller caller() {
        return caller;
    }

    @Override
    public java.util.Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return caller.subject();
    }
}
