package io.carepulse.devidp.clients;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;

import io.carepulse.devidp.DevIdpTest;
import io.carepulse.devidp.IdpProperties;
import io.carepulse.devidp.LocalIdp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

@DevIdpTest
class DashboardClientCredentialsTests {

	@LocalServerPort
	int port;

	@Autowired
	IdpProperties properties;

	@Test
	void dashboardClientGetsAnOrganisationTokenWithoutRoles() throws Exception {
		Jwt token = clientCredentialsToken("riverside-health-dashboard", "analytics:read");
		assertThat(token.getClaimAsString("org")).isEqualTo("riverside-health");
		assertThat(token.getClaimAsString("org_name")).isEqualTo("Riverside Health");
		assertThat(token.getClaimAsStringList("scope")).containsExactly("analytics:read");
		assertThat(token.hasClaim("roles")).isFalse();
	}

	@Test
	void connectorClientGetsAnOrganisationTokenToFeedFeedbackIn() throws Exception {
		Jwt token = clientCredentialsToken("riverside-health-connector", "feedback:write");
		assertThat(token.getClaimAsString("org")).isEqualTo("riverside-health");
		assertThat(token.getClaimAsStringList("scope")).containsExactly("feedback:write");
	}

	@Test
	void connectorClientCanAlsoAskToRecordEngagementAndGetsOnlyWhatItAskedFor() throws Exception {
		Jwt both = clientCredentialsToken("riverside-health-connector", "feedback:write engagement:write");
		assertThat(both.getClaimAsStringList("scope")).containsExactlyInAnyOrder("feedback:write",
				"engagement:write");
		Jwt engagement = clientCredentialsToken("riverside-health-connector", "engagement:write");
		assertThat(engagement.getClaimAsStringList("scope")).containsExactly("engagement:write");
		assertThat(engagement.getClaimAsString("org")).isEqualTo("riverside-health");
	}

	/** The client's token for {@code scope}, with the secret the IdP generated at first start. */
	private Jwt clientCredentialsToken(String clientId, String scope) throws Exception {
		String clientsJson = Files.readString(this.properties.dataDir().resolve(DashboardClientSecrets.FILE));
		String secret = JsonMapper.builder().build().readTree(clientsJson).get(clientId).asString();
		LocalIdp idp = new LocalIdp(this.port);
		HttpResponse<String> response = idp.postForm("/oauth2/token",
				Map.of("grant_type", "client_credentials", "scope", scope), clientId, secret);
		assertThat(response.statusCode()).isEqualTo(200);
		return idp.verify(LocalIdp.json(response).get("access_token").asString(), DevIdpTest.ISSUER);
	}

}
