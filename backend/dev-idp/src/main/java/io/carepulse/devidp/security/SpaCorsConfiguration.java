package io.carepulse.devidp.security;

import java.util.List;

import io.carepulse.devidp.IdpProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

@Configuration(proxyBeanMethods = false)
class SpaCorsConfiguration {

	/**
	 * The SPA fetches these from its own origin. The authorize endpoint and login page are not
	 * listed: the browser navigates to them, which needs no CORS.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(IdpProperties properties, AuthorizationServerSettings endpoints) {
		CorsConfiguration spa = new CorsConfiguration();
		spa.setAllowedOrigins(List.of(properties.spaUrl()));
		spa.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		spa.setAllowedHeaders(List.of("*"));
		spa.setMaxAge(3600L);

		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		List.of(endpoints.getTokenEndpoint(), endpoints.getOidcUserInfoEndpoint(), endpoints.getJwkSetEndpoint(),
				endpoints.getTokenRevocationEndpoint(), endpoints.getOidcLogoutEndpoint(), "/.well-known/**")
			.forEach((path) -> source.registerCorsConfiguration(path, spa));
		return source;
	}

}
