package io.carepulse.devidp.clients;

import java.time.Duration;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The browser SPA: a public client, so PKCE stands in for a secret. No consent screen because
 * the demo users and the SPA belong to the same platform.
 */
public final class SpaClient {

	public static final String CLIENT_ID = "carepulse-spa";

	private SpaClient() {
	}

	static RegisteredClient register(String spaUrl) {
		return RegisteredClient.withId(CLIENT_ID)
			.clientId(CLIENT_ID)
			.clientName("CarePulse SPA")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(spaUrl + "/callback")
			.postLogoutRedirectUri(spaUrl + "/")
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(Duration.ofHours(1))
				// Rotation: a leaked browser-held refresh token is only good once.
				.reuseRefreshTokens(false)
				.refreshTokenTimeToLive(Duration.ofHours(8))
				.build())
			.build();
	}

}
