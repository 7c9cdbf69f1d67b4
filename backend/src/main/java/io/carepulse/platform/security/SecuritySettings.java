package io.carepulse.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens CarePulse trusts and where in them it finds the tenant and the roles, so
 * Keycloak ({@code realm_access.roles}), Auth0 (namespaced claims) and Entra ID ({@code roles})
 * all work by configuration alone. Dotted claim names walk into nested JSON objects.
 *
 * @param issuerUri             OIDC issuer ({@code OIDC_ISSUER_URI}); keys are discovered from it
 * @param jwkSetUri             JWK set to verify signatures with ({@code OIDC_JWK_SET_URI}), instead of discovery
 * @param publicKeyLocation     a PEM public key to verify signatures with (offline setups and tests)
 * @param audience              when set, tokens must name it in {@code aud} ({@code OIDC_AUDIENCE})
 * @param organizationClaim     claim holding the organisation slug
 * @param organizationNameClaim claim holding the organisation's display name (optional)
 * @param rolesClaim            claim holding the staff roles (array or space-separated string)
 */
@ConfigurationProperties("carepulse.security")
public record SecuritySettings(String issuerUri, String jwkSetUri, String publicKeyLocation, String audience,
        String organizationClaim, String organizationNameClaim, String rolesClaim) {

    public SecuritySettings {
        issuerUri = blankToNull(issuerUri);
        jwkSetUri = blankToNull(jwkSetUri);
        publicKeyLocation = blankToNull(publicKeyLocation);
        audience = blankToNull(audience);
        organizationClaim = organizationClaim == null || organizationClaim.isBlank() ? "org" : organizationClaim;
        organizationNameClaim = organizationNameClaim == null || organizationNameClaim.isBlank()
                ? "org_name" : organizationNameClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
