package io.carepulse.devidp.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import io.carepulse.devidp.DataDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

	/** Published at the JWKS endpoint (public part only) and used by the authorization server. */
	@Bean
	JWKSource<SecurityContext> jwkSource(DataDirectory dataDirectory) {
		return new ImmutableJWKSet<>(new JWKSet(new SigningKeyStore(dataDirectory).loadOrCreate()));
	}

	/** Shared by the authorization server and the dev-token endpoint so both sign alike. */
	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		return new NimbusJwtEncoder(jwkSource);
	}

}
