package io.carepulse.devidp.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.carepulse.devidp.IdpProperties;
import io.carepulse.devidp.directory.DemoDirectory;
import io.carepulse.devidp.directory.DemoOrganisation;
import io.carepulse.devidp.directory.Role;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signs tokens that look exactly like login tokens (same key, issuer, claims, lifetime) without a
 * browser round trip, so scripts and curl can call the backend as any role of any demo org.
 */
@Component
class DevTokenMinter {

	private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

	private static final String DEV_TOKEN_NAME = "Dev Token";

	private final JwtEncoder encoder;

	private final String issuer;

	private final Clock clock;

	DevTokenMinter(JwtEncoder encoder, IdpProperties properties) {
		this.encoder = encoder;
		this.issuer = properties.issuer();
		this.clock = Clock.systemUTC();
	}

	String mint(DevTokenRequest request) {
		DemoOrganisation organisation = organisation(request.org());
		String email = firstText(request.email(), request.sub(), "dev-token@" + organisation.emailDomain());
		String subject = firstText(request.sub(), email);
		Instant now = this.clock.instant();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(this.issuer)
			.subject(subject)
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(TIME_TO_LIVE))
			.id(UUID.randomUUID().toString())
			.claims((map) -> map.putAll(TenantClaims.of(organisation)))
			.claim(TenantClaims.EMAIL, email)
			.claim(TenantClaims.NAME, DEV_TOKEN_NAME);
		if (StringUtils.hasText(request.roles())) {
			claims.claim(TenantClaims.ROLES, roles(request.roles()).stream().map(Role::name).toList());
		}
		if (StringUtils.hasText(request.scope())) {
			// A list, as the authorization server writes scope into its own access tokens.
			claims.claim("scope", List.of(request.scope().trim().split("\\s+")));
		}
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
	}

	private static DemoOrganisation organisation(String slug) {
		if (!StringUtils.hasText(slug)) {
			throw new InvalidDevTokenRequest("Parameter 'org' is required. Known orgs: " + knownOrganisations());
		}
		return DemoDirectory.organisation(slug.trim())
			.orElseThrow(() -> new InvalidDevTokenRequest(
					"Unknown org '" + slug + "'. Known orgs: " + knownOrganisations()));
	}

	private static List<Role> roles(String commaSeparated) {
		return Arrays.stream(commaSeparated.split(","))
			.map(String::trim)
			.filter(StringUtils::hasText)
			.map(DevTokenMinter::role)
			.distinct()
			.toList();
	}

	private static Role role(String name) {
		return Arrays.stream(Role.values())
			.filter((role) -> role.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new InvalidDevTokenRequest("Unknown role '" + name + "'. Known roles: "
					+ Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))));
	}

	private static String knownOrganisations() {
		return DemoDirectory.organisations().stream().map(DemoOrganisation::slug).collect(Collectors.joining(", "));
	}

	private static String firstText(String... candidates) {
		return Arrays.stream(candidates).filter(StringUtils::hasText).findFirst().orElseThrow();
	}

}
