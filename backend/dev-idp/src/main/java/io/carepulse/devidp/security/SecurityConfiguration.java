package io.carepulse.devidp.security;

import io.carepulse.devidp.IdpProperties;
import io.carepulse.devidp.refresh.PublicClientRefreshAuthenticationConverter;
import io.carepulse.devidp.refresh.PublicClientRefreshAuthenticationProvider;
import io.carepulse.devidp.tokens.DemoUserInfoMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.OidcProviderConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Outside the authorization server's own endpoints, nothing is open except the dev-token shortcut. */
	private static final String[] OPEN_PATHS = { "/dev/token", "/error" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RegisteredClientRepository clients) throws Exception {
		http.oauth2AuthorizationServer((server) -> server
			.clientAuthentication((authentication) -> authentication
				.authenticationConverter(new PublicClientRefreshAuthenticationConverter())
				.authenticationProvider(new PublicClientRefreshAuthenticationProvider(clients)))
			.oidc((oidc) -> oidc
				.providerConfigurationEndpoint((discovery) -> discovery
					.providerConfigurationCustomizer(SecurityConfiguration::advertiseSpaClient))
				.userInfoEndpoint((userInfo) -> userInfo.userInfoMapper(new DemoUserInfoMapper()))))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(OPEN_PATHS).permitAll()
				.anyRequest()
				.authenticated())
			// A form post from a page would need a CSRF token; /dev/token is called by scripts only.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(OPEN_PATHS))
			.cors(Customizer.withDefaults())
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

	/** By default discovery lists only "openid" and secret-based client authentication. */
	private static void advertiseSpaClient(OidcProviderConfiguration.Builder discovery) {
		discovery.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.tokenEndpointAuthenticationMethod(ClientAuthenticationMethod.NONE.getValue());
	}

	/** Fixed rather than derived from each request, so tokens carry exactly the configured iss. */
	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdpProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
	}

}
