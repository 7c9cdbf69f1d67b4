package io.carepulse.devidp.directory;

import java.util.List;

/**
 * A demo login; the e-mail doubles as username and {@code sub}.
 */
public record DemoUser(String email, String name, DemoOrganisation organisation, List<Role> roles) {

	public DemoUser(String email, String name, DemoOrganisation organisation, Role role) {
		this(email, name, organisation, List.of(role));
	}

}
