package io.carepulse.devidp.clients;

import java.time.Duration;
import java.util.Optional;

import io.carepulse.devidp.directory.DemoDirectory;
import io.carepulse.devidp.directory.DemoOrganisation;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Machine clients an organisation's analytics dashboard uses (client_credentials). Their tokens
 * speak for the organisation, so they carry {@code org} but no {@code roles}.
 */
public final class DashboardClients {

	public static final String SCOPE = "analytics:read";

	private static final String ORGANISATION_SETTING = "io.carepulse.organisation";

	private DashboardClients() {
	}

	public static String clientId(DemoOrganisation organisation) {
		return organisation.slug() + "-dashboard";
	}

	/** The organisation a dashboard client acts for; empty for any other client. */
	public static Optional<DemoOrganisation> organisationOf(RegisteredClient client) {
		String slug = client.getClientSettings().getSetting(ORGANISATION_SETTING);
		return (slug != null) ? DemoDirectory.organisation(slug) : Optional.empty();
	}

	static RegisteredClient register(DemoOrganisation organisation, String secret) {
		String clientId = clientId(organisation);
		return RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientName(organisation.name() + " dashboard")
			.clientSecret("{noop}" + secret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(SCOPE)
			.clientSettings(ClientSettings.builder().setting(ORGANISATION_SETTING, organisation.slug()).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
			.build();
	}

}
