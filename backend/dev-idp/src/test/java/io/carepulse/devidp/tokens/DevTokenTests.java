package io.carepulse.devidp.tokens;

import java.net.http.HttpResponse;
import java.util.Map;

import io.carepulse.devidp.DevIdpTest;
import io.carepulse.devidp.LocalIdp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DevIdpTest
class DevTokenTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void devTokenIsVerifiableWithThePublishedKeysAndCarriesTheAskedOrgAndRoles() {
		LocalIdp idp = new LocalIdp(this.port);

		HttpResponse<String> response = idp.postForm("/dev/token",
				Map.of("org", "lakeside-clinic", "roles", "MARKETER,CLINICAL_REVIEWER"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/plain"));
		Jwt token = idp.verify(response.body(), DevIdpTest.ISSUER);
		assertThat(token.getClaimAsString("org")).isEqualTo("lakeside-clinic");
		assertThat(token.getClaimAsStringList("roles")).containsExactly("MARKETER", "CLINICAL_REVIEWER");
		assertThat(token.getSubject()).isEqualTo("dev-token@lakeside.example");
	}

	@Test
	void unknownOrganisationIsRejectedWithAClearMessage() {
		HttpResponse<String> response = new LocalIdp(this.port).postForm("/dev/token", Map.of("org", "hillside"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Unknown org 'hillside'").contains("riverside-health");
	}

	@Test
	void callerOutsideLoopbackIsForbidden() throws Exception {
		this.mvc.perform(post("/dev/token").param("org", "riverside-health").with((request) -> {
			request.setRemoteAddr("192.0.2.10");
			return request;
		})).andExpect(status().isForbidden());
	}

}
