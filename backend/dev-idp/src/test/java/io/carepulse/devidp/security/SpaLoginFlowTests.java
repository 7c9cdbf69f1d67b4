package io.carepulse.devidp.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import io.carepulse.devidp.DevIdpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SPA's journey: sign in on the form, PKCE code exchange, refresh, and RP-initiated logout.
 * GET parameters go in the query string because the endpoints read them from there.
 */
@DevIdpTest
class SpaLoginFlowTests {

	private static final String CALLBACK = DevIdpTest.SPA_URL + "/callback";

	private static final String CODE_VERIFIER = "a-code-verifier-long-enough-for-pkce-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JwtDecoder jwtDecoder;

	@Test
	void signedInMarketerGetsTokensCarryingTheirOrgAndRoles() throws Exception {
		JsonNode tokens = authorizeAndExchangeCode(signIn("marketer@riverside.example"));

		Jwt accessToken = this.jwtDecoder.decode(tokens.get("access_token").asString());
		assertThat(accessToken.getSubject()).isEqualTo("marketer@riverside.example");
		assertThat(accessToken.getClaimAsString("org")).isEqualTo("riverside-health");
		assertThat(accessToken.getClaimAsString("name")).isEqualTo("Jordan Reyes");
		assertThat(accessToken.getClaimAsStringList("roles")).containsExactly("MARKETER");
		Jwt idToken = this.jwtDecoder.decode(tokens.get("id_token").asString());
		assertThat(idToken.getClaimAsString("org_name")).isEqualTo("Riverside Health");
		assertThat(idToken.getClaimAsStringList("roles")).containsExactly("MARKETER");
	}

	@Test
	void spaRefreshesWithoutASecretAndKeepsTheClaims() throws Exception {
		JsonNode tokens = authorizeAndExchangeCode(signIn("reviewer@lakeside.example"));

		String body = this.mvc
			.perform(post("/oauth2/token").param("grant_type", "refresh_token")
				.param("refresh_token", tokens.get("refresh_token").asString())
				.param("client_id", "carepulse-spa"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Jwt refreshed = this.jwtDecoder.decode(JSON.readTree(body).get("access_token").asString());
		assertThat(refreshed.getClaimAsString("org")).isEqualTo("lakeside-clinic");
		assertThat(refreshed.getClaimAsStringList("roles")).containsExactly("CLINICAL_REVIEWER");
	}

	@Test
	void logoutWithIdTokenHintReturnsToTheSpa() throws Exception {
		MockHttpSession session = signIn("admin@riverside.example");
		JsonNode tokens = authorizeAndExchangeCode(session);

		this.mvc
			.perform(get("/connect/logout").session(session)
				.queryParam("id_token_hint", tokens.get("id_token").asString())
				.queryParam("client_id", "carepulse-spa")
				.queryParam("post_logout_redirect_uri", DevIdpTest.SPA_URL + "/"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(DevIdpTest.SPA_URL + "/"));
		assertThat(session.isInvalid()).isTrue();
	}

	private MockHttpSession signIn(String email) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(email).password("demo"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private JsonNode authorizeAndExchangeCode(MockHttpSession session) throws Exception {
		String redirect = this.mvc
			.perform(get("/oauth2/authorize").session(session)
				.queryParam("response_type", "code")
				.queryParam("client_id", "carepulse-spa")
				.queryParam("redirect_uri", CALLBACK)
				.queryParam("scope", "openid profile email")
				.queryParam("state", "state-1")
				.queryParam("code_challenge", challenge(CODE_VERIFIER))
				.queryParam("code_challenge_method", "S256"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(redirect).startsWith(CALLBACK);
		String code = UriComponentsBuilder.fromUriString(redirect).build().getQueryParams().getFirst("code");

		String body = this.mvc
			.perform(post("/oauth2/token").param("grant_type", "authorization_code")
				.param("code", code)
				.param("redirect_uri", CALLBACK)
				.param("client_id", "carepulse-spa")
				.param("code_verifier", CODE_VERIFIER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	private static String challenge(String verifier) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

}
