package io.carepulse.devidp.refresh;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Accepts a public client for the refresh_token grant when it is registered for both. That the
 * refresh token was issued to this very client is checked afterwards by the grant itself.
 */
public final class PublicClientRefreshAuthenticationProvider implements AuthenticationProvider {

	private final RegisteredClientRepository clients;

	public PublicClientRefreshAuthenticationProvider(RegisteredClientRepository clients) {
		this.clients = clients;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
		if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
				|| !isRefreshGrant(request)) {
			return null;
		}
		RegisteredClient client = this.clients.findByClientId(request.getPrincipal().toString());
		if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
				|| !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
		}
		return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static boolean isRefreshGrant(OAuth2ClientAuthenticationToken request) {
		return AuthorizationGrantType.REFRESH_TOKEN.getValue()
			.equals(request.getAdditionalParameters().get(OAuth2ParameterNames.GRANT_TYPE));
	}

}
