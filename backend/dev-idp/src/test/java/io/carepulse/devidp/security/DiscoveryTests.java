package io.carepulse.devidp.security;

import java.net.http.HttpResponse;

import io.carepulse.devidp.DevIdpTest;
import io.carepulse.devidp.LocalIdp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DevIdpTest
class DiscoveryTests {

	@LocalServerPort
	int port;

	@Test
	void discoveryDocumentNamesTheConfiguredIssuer() {
		HttpResponse<String> response = new LocalIdp(this.port).get("/.well-known/openid-configuration");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode discovery = LocalIdp.json(response);
		assertThat(discovery.get("issuer").asString()).isEqualTo(DevIdpTest.ISSUER);
		assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(DevIdpTest.ISSUER + "/connect/logout");
	}

}
