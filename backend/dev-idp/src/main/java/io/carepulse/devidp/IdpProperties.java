package io.carepulse.devidp;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The few settings other CarePulse components rely on (see application.yml for the env names).
 *
 * @param issuer the exact {@code iss} of every token and of the discovery document
 * @param spaUrl origin of the SPA, without trailing slash; drives redirect URIs and CORS
 * @param dataDir where generated keys and client secrets are kept between restarts
 */
@ConfigurationProperties("carepulse.idp")
public record IdpProperties(String issuer, String spaUrl, Path dataDir) {

	public IdpProperties {
		spaUrl = stripTrailingSlash(spaUrl);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
