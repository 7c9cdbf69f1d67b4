package io.carepulse.devidp.clients;

import java.util.ArrayList;
import java.util.List;

import io.carepulse.devidp.DataDirectory;
import io.carepulse.devidp.IdpProperties;
import io.carepulse.devidp.directory.DemoDirectory;
import io.carepulse.devidp.directory.DemoOrganisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

@Configuration(proxyBeanMethods = false)
class ClientRegistrations {

	@Bean
	DashboardClientSecrets dashboardClientSecrets(DataDirectory dataDirectory) {
		List<String> clientIds = DemoDirectory.organisations()
			.stream()
			.flatMap(organisation -> java.util.stream.Stream.of(DashboardClients.clientId(organisation),
					DashboardClients.connectorId(organisation)))
			.toList();
		return DashboardClientSecrets.loadOrCreate(dataDirectory, clientIds);
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(IdpProperties properties, DashboardClientSecrets secrets) {
		List<RegisteredClient> clients = new ArrayList<>();
		clients.add(SpaClient.register(properties.spaUrl()));
		for (DemoOrganisation organisation : DemoDirectory.organisations()) {
			String secret = secrets.secretOf(DashboardClients.clientId(organisation));
			clients.add(DashboardClients.register(organisation, secret));
			clients.add(DashboardClients.registerConnector(organisation,
					secrets.secretOf(DashboardClients.connectorId(organisation))));
		}
		return new InMemoryRegisteredClientRepository(clients);
	}

}
