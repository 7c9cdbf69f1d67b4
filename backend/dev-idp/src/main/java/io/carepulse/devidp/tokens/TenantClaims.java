package io.carepulse.devidp.tokens;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.carepulse.devidp.directory.DemoOrganisation;
import io.carepulse.devidp.directory.DemoUser;
import io.carepulse.devidp.directory.Role;

/**
 * The claim names and values the backend reads; the one definition shared by login tokens,
 * dashboard tokens, userinfo and dev tokens so they cannot drift apart.
 */
public final class TenantClaims {

	public static final String ORG = "org";

	public static final String ORG_NAME = "org_name";

	public static final String ROLES = "roles";

	public static final String EMAIL = "email";

	public static final String NAME = "name";

	private TenantClaims() {
	}

	/** Claims naming the tenant only, for tokens that speak for an organisation rather than a person. */
	public static Map<String, Object> of(DemoOrganisation organisation) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(ORG, organisation.slug());
		claims.put(ORG_NAME, organisation.name());
		return claims;
	}

	public static Map<String, Object> of(DemoUser user) {
		return of(user.email(), user.name(), user.organisation(), user.roles());
	}

	private static Map<String, Object> of(String email, String name, DemoOrganisation organisation,
			Collection<Role> roles) {
		Map<String, Object> claims = of(organisation);
		claims.put(EMAIL, email);
		claims.put(NAME, name);
		claims.put(ROLES, roleNames(roles));
		return claims;
	}

	private static List<String> roleNames(Collection<Role> roles) {
		return roles.stream().map(Role::name).toList();
	}

}
