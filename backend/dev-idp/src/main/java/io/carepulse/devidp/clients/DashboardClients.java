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
 * An organisation's machine clients (client_credentials): its analytics dashboard ({@code
 * <org>-dashboard}, {@code analytics:read}) and its connector ({@code <org>-connector}, which feeds
 * patient feedback in, {@code feedback:write}, and engagement figures, {@code engagement:write}).
 * Their tokens speak for the organisation, so they carry {@code org} but no {@code roles}.
 */
public final class DashboardClients {

	public static final String SCOPE = "analytics:read";

	public static final String CONNECTOR_SCOPE = "feedback:write";

	public static final String ENGAGEMENT_SCOPE = "engagement:write";

	private static final String ORGANISATION_SETTING = "io.carepulse.organisation";

	private DashboardClients() {
	}

	public static String clientId(DemoOrganisation organisation) {
		return organisation.slug() + "-dashboard";
	}

	public static String connectorId(DemoOrganisation organisation) {
		return organisation.slug() + "-connector";
	}

	/** The organisation a dashboard client acts for; empty for any other client. */
	public static Optional<DemoOrganisation> organisationOf(RegisteredClient client) {
		String slug = client.getClientSettings().getSetting(ORGANISATION_SETTING);
		return (slug != null) ? DemoDirectory.organisation(slug) : Optional.empty();
	}

	static RegisteredClient register(DemoOrganisation organisation, String secret) {
		return register(organisation, clientId(organisation), organisation.name() + " dashboard", secret, SCOPE);
	}

	static RegisteredClient registerConnector(DemoOrganisation organisation, String secret) {
		return register(organisation, connectorId(organisation), organisation.name() + " connector", secret,
				CONNECTOR_SCOPE, ENGAGEMENT_SCOPE);
	}

	private static RegisteredClient register(DemoOrganisation organisation, String clientId, String name,
			String secret, String... scopes) {
		return RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientName(name)
			.clientSecret("{noop}" + secret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes((granted) -> granted.addAll(java.util.List.of(scopes)))
			.clientSettings(ClientSettings.builder().setting(ORGANISATION_SETTING, organisation.slug()).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
			.build();
	}

}
