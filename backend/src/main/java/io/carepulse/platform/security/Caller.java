package io.carepulse.platform.security;

import java.util.Set;

/**
 * The authenticated caller of one request, as read from its access token.
 *
 * @param subject      the token's {@code sub}: a staff user, or an OAuth2 client for dashboards
 * @param organization slug of the caller's organisation: the tenant every read and write is scoped to
 * @param organizationName display name of the organisation, when the token carries one
 * @param email        e-mail address, when the token carries one
 * @param name         display name, when the token carries one
 * @param roles        staff roles; empty for OAuth2 clients
 * @param scopes       granted OAuth2 scopes
 * @param participant  for a member of the public holding a participant token: the session and
 *                     participant it is for (such a caller has no roles and no scopes); else null
 */
public record Caller(String subject, String organization, String organizationName, String email, String name,
        Set<Role> roles, Set<String> scopes, ParticipantGrant participant) {

    public Caller {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
        if (participant != null && (!roles.isEmpty() || !scopes.isEmpty())) {
            throw new IllegalArgumentException("A participant holds no staff roles or scopes");
        }
    }

    /** A staff user or OAuth2 client. */
    public Caller(String subject, String organization, String organizationName, String email, String name,
            Set<Role> roles, Set<String> scopes) {
        this(subject, organization, organizationName, email, name, roles, scopes, null);
    }

    public boolean isParticipant() {
        return participant != null;
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean hasAnyScope(Set<String> wanted) {
        return scopes.stream().anyMatch(wanted::contains);
    }
}
