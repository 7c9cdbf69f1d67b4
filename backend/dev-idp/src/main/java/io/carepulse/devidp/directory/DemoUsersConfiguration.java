package io.carepulse.devidp.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@Configuration(proxyBeanMethods = false)
class DemoUsersConfiguration {

	/** Backs the login form; claims are added later from {@link DemoDirectory}, not from these authorities. */
	@Bean
	UserDetailsService demoUsers() {
		return new InMemoryUserDetailsManager(DemoDirectory.users().stream().map(DemoUsersConfiguration::login).toList());
	}

	private static UserDetails login(DemoUser user) {
		// {noop}: the password is the published word "demo"; hashing it would protect nothing.
		return User.withUsername(user.email())
			.password("{noop}" + DemoDirectory.PASSWORD)
			.roles(user.roles().stream().map(Role::name).toArray(String[]::new))
			.build();
	}

}
