package io.carepulse.devidp.clients;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import io.carepulse.devidp.DataDirectory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client secrets of the dashboard clients, kept in {@value #FILE} as
 * {@code {"<client id>": "<secret>"}}. Stored in plain text on purpose: they are dev demo
 * credentials that the startup log prints anyway, and tests read them back.
 */
public final class DashboardClientSecrets {

	public static final String FILE = "clients.json";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SequencedMap<String, String> secrets;

	private DashboardClientSecrets(SequencedMap<String, String> secrets) {
		this.secrets = Collections.unmodifiableSequencedMap(secrets);
	}

	/** Reuses stored secrets and generates (and stores) one for any client that has none yet. */
	public static DashboardClientSecrets loadOrCreate(DataDirectory dataDirectory, List<String> clientIds) {
		SequencedMap<String, String> stored = dataDirectory.read(FILE)
			.map(DashboardClientSecrets::parse)
			.orElseGet(LinkedHashMap::new);
		SequencedMap<String, String> secrets = new LinkedHashMap<>();
		clientIds.forEach((clientId) -> secrets.put(clientId, stored.getOrDefault(clientId, newSecret())));
		if (!secrets.equals(stored)) {
			dataDirectory.writePrivately(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(secrets));
		}
		return new DashboardClientSecrets(secrets);
	}

	public String secretOf(String clientId) {
		return this.secrets.get(clientId);
	}

	/** Client id to secret, in organisation order. */
	public SequencedMap<String, String> all() {
		return this.secrets;
	}

	private static SequencedMap<String, String> parse(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	private static String newSecret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
