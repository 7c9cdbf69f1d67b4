package io.carepulse.devidp;

import java.util.stream.Collectors;

import io.carepulse.devidp.clients.DashboardClientSecrets;
import io.carepulse.devidp.directory.DemoDirectory;
import io.carepulse.devidp.directory.DemoUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever starts the provider what it is and how to sign in. The dashboard secrets are
 * printed here and nowhere else: they are generated demo credentials a developer needs to copy.
 */
@Component
class StartupAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

	private final IdpProperties properties;

	private final DashboardClientSecrets dashboardSecrets;

	StartupAnnouncement(IdpProperties properties, DashboardClientSecrets dashboardSecrets) {
		this.properties = properties;
		this.dashboardSecrets = dashboardSecrets;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		log.warn("DEVELOPMENT-ONLY identity provider, never deploy it: issuer {}; demo logins (password '{}'): {}",
				this.properties.issuer(), DemoDirectory.PASSWORD, demoLogins());
		this.dashboardSecrets.all()
			.forEach((clientId, secret) -> log.info("Dev dashboard client: client_id={} client_secret={}", clientId,
					secret));
	}

	private static String demoLogins() {
		return DemoDirectory.users().stream().map(DemoUser::email).collect(Collectors.joining(", "));
	}

}
