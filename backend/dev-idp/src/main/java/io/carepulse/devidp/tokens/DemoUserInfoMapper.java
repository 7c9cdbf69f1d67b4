package io.carepulse.devidp.tokens;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.carepulse.devidp.directory.DemoDirectory;
import io.carepulse.devidp.directory.DemoUser;

import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * Answers {@code /userinfo} from the directory so it includes org and roles too; the default
 * mapper would return only the standard profile and email claims.
 */
public final class DemoUserInfoMapper implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

	@Override
	public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
		String email = context.getAuthorization().getPrincipalName();
		DemoUser user = DemoDirectory.user(email)
			.orElseThrow(() -> new IllegalStateException("Token issued to a user no longer in the directory"));
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(StandardClaimNames.SUB, user.email());
		claims.putAll(TenantClaims.of(user));
		return new OidcUserInfo(claims);
	}

}
