package io.carepulse.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a validated JWT into a {@link CallerAuthentication}. A token without an organisation is
 * refused outright: every read and write in CarePulse is scoped to one.
 */
@Component
public class CallerTokenConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final SecuritySettings settings;

    public CallerTokenConverter(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.fromCallable(() -> authenticate(jwt));
    }

    CallerAuthentication authenticate(Jwt jwt) {
        if (ParticipantTokens.ISSUER.equals(jwt.getClaimAsString("iss"))) {
            return participant(jwt);
        }
        String organization = asString(claim(jwt.getClaims(), settings.organizationClaim()));
        if (organization == null || organization.isBlank()) {
            throw new InvalidBearerTokenException("The access token names no organisation");
        }
        Set<Role> roles = roles(claim(jwt.getClaims(), settings.rolesClaim()));
        Set<String> scopes = words(jwt.getClaims().get("scope"));
        Caller caller = new Caller(jwt.getSubject(), organization,
                asString(claim(jwt.getClaims(), settings.organizationNameClaim())),
                jwt.getClaimAsString("email"), jwt.getClaimAsString("name"), roles, scopes);
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        scopes.forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        return new CallerAuthentication(jwt, caller, authorities);
    }

    /**
     * A member of the public in one live session. Only tokens verified by {@link ParticipantTokens}
     * carry its issuer: the delegating decoder sends every token claiming it there.
     */
    private static CallerAuthentication participant(Jwt jwt) {
        String organization = jwt.getClaimAsString("org");
        String session = jwt.getClaimAsString(ParticipantTokens.SESSION_CLAIM);
        String subject = jwt.getSubject();
        if (organization == null || session == null || subject == null || !subject.startsWith("participant:")) {
            throw new InvalidBearerTokenException("Malformed participant token");
        }
        ParticipantGrant grant = new ParticipantGrant(session, subject.substring("participant:".length()));
        Caller caller = new Caller(subject, organization, null, null, jwt.getClaimAsString("name"), Set.of(),
                Set.of(), grant);
        return new CallerAuthentication(jwt, caller, List.of(new SimpleGrantedAuthority("PARTICIPANT")));
    }

    /** Reads a possibly dotted claim name, e.g. {@code realm_access.roles}. */
    static Object claim(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static Set<Role> roles(Object value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String word : words(value)) {
            // Unknown roles (e.g. Keycloak's default-roles-*) are not CarePulse's business.
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(word)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Set<String> words(Object value) {
        Set<String> words = new LinkedHashSet<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> words.add(String.valueOf(item)));
        } else if (value instanceof String text) {
            for (String word : text.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String asString(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
