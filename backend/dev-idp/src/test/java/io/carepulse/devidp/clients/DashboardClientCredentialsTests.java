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
		String clientsJson = Files.readString(this.properties.dataDir().resolve(DashboardClientSecrets.FILE));
		String secret = JsonMapper.builder().build().readTree(clientsJson).get("riverside-health-dashboard").asString();
		LocalIdp idp = new LocalIdp(this.port);

		HttpResponse<String> response = idp.postForm("/oauth2/token",
				Map.of("grant_type", "client_credentials", "scope", "analytics:read"), "riverside-health-dashboard",
				secret);

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt token = idp.verify(LocalIdp.json(response).get("access_token").asString(), DevIdpTest.ISSUER);
		assertThat(token.getClaimAsString("org")).isEqualTo("riverside-health");
		assertThat(token.getClaimAsString("org_name")).isEqualTo("Riverside Health");
		assertThat(token.getClaimAsStringList("scope")).containsExactly("analytics:read");
		assertThat(token.hasClaim("roles")).isFalse();
	}

	@Test
	void connectorClientGetsAnOrganisationTokenToFeedFeedbackIn() throws Exception {
		String clientsJson = Files.readString(this.properties.dataDir().resolve(DashboardClientSecrets.FILE));
		String secret = JsonMapper.builder().build().readTree(clientsJson).get("riverside-health-connector").asString();
		LocalIdp idp = new LocalIdp(this.port);

		HttpResponse<String> response = idp.postForm("/oauth2/token",
				Map.of("grant_type", "client_credentials", "scope", "feedback:write"), "riverside-health-connector",
				secret);

		assertThat(response.statusCode()).isEqualTo(200);
		Jwt token = idp.verify(LocalIdp.json(response).get("access_token").asString(), DevIdpTest.ISSUER);
		assertThat(token.getClaimAsString("org")).isEqualTo("riverside-health");
		assertThat(token.getClaimAsStringList("scope")).containsExactly("feedback:write");
	}

}
