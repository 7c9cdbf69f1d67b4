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
 */
public record Caller(String subject, String organization, String organizationName, String email, String name,
        Set<Role> roles, Set<String> scopes) {

    public Caller {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean hasAnyScope(Set<String> wanted) {
        return scopes.stream().anyMatch(wanted::contains);
    }
}
