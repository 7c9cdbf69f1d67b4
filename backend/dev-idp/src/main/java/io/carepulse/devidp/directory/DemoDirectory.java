package io.carepulse.devidp.directory;

import java.util.List;
import java.util.Optional;

/**
 * Every demo organisation and login in one place, so a developer can see at a glance whom to
 * sign in as. All passwords are {@value #PASSWORD}.
 */
public final class DemoDirectory {

	public static final String PASSWORD = "demo";

	public static final DemoOrganisation RIVERSIDE = new DemoOrganisation("riverside-health", "Riverside Health",
			"riverside.example");

	public static final DemoOrganisation LAKESIDE = new DemoOrganisation("lakeside-clinic", "Lakeside Clinic",
			"lakeside.example");

	private static final List<DemoOrganisation> ORGANISATIONS = List.of(RIVERSIDE, LAKESIDE);

	private static final List<DemoUser> USERS = List.of(
			new DemoUser("admin@riverside.example", "Maya Patel", RIVERSIDE, Role.ADMIN),
			new DemoUser("marketer@riverside.example", "Jordan Reyes", RIVERSIDE, Role.MARKETER),
			new DemoUser("reviewer@riverside.example", "Priya Nair", RIVERSIDE, Role.CLINICAL_REVIEWER),
			new DemoUser("compliance@riverside.example", "Samuel Okafor", RIVERSIDE, Role.COMPLIANCE_OFFICER),
			new DemoUser("moderator@riverside.example", "Elena Novak", RIVERSIDE, Role.MODERATOR),
			new DemoUser("analyst@riverside.example", "Tom Lindqvist", RIVERSIDE, Role.ANALYST),

			new DemoUser("admin@lakeside.example", "Grace Thompson", LAKESIDE, Role.ADMIN),
			new DemoUser("marketer@lakeside.example", "Luis Ortega", LAKESIDE, Role.MARKETER),
			new DemoUser("reviewer@lakeside.example", "Hannah Cho", LAKESIDE, Role.CLINICAL_REVIEWER),
			new DemoUser("compliance@lakeside.example", "Daniel Mensah", LAKESIDE, Role.COMPLIANCE_OFFICER),
			new DemoUser("moderator@lakeside.example", "Aisha Rahman", LAKESIDE, Role.MODERATOR),
			new DemoUser("analyst@lakeside.example", "Ben Kowalski", LAKESIDE, Role.ANALYST));

	private DemoDirectory() {
	}

	public static List<DemoOrganisation> organisations() {
		return ORGANISATIONS;
	}

	public static List<DemoUser> users() {
		return USERS;
	}

	public static Optional<DemoOrganisation> organisation(String slug) {
		return ORGANISATIONS.stream().filter((org) -> org.slug().equals(slug)).findFirst();
	}

	public static Optional<DemoUser> user(String email) {
		return USERS.stream().filter((user) -> user.email().equalsIgnoreCase(email)).findFirst();
	}

}
