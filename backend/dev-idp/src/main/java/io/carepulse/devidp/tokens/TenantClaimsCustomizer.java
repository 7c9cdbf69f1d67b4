package io.carepulse.devidp.tokens;

import java.util.Map;
import java.util.Optional;

import io.carepulse.devidp.clients.DashboardClients;
import io.carepulse.devidp.directory.DemoDirectory;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the tenant claims to every JWT the authorization server issues: access and ID tokens of a
 * signed-in demo user get the user's org and roles; dashboard client tokens get the org alone.
 */
@Component
class TenantClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	@Override
	public void customize(JwtEncodingContext context) {
		if (!isAccessOrIdToken(context)) {
			return;
		}
		claimsFor(context).ifPresent((claims) -> context.getClaims().claims((existing) -> existing.putAll(claims)));
	}

	private static Optional<Map<String, Object>> claimsFor(JwtEncodingContext context) {
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			return DashboardClients.organisationOf(context.getRegisteredClient()).map(TenantClaims::of);
		}
		return DemoDirectory.user(context.getPrincipal().getName()).map(TenantClaims::of);
	}

	private static boolean isAccessOrIdToken(JwtEncodingContext context) {
		return OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
				|| OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
	}

}
