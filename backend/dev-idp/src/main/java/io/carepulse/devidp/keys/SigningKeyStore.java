package io.carepulse.devidp.keys;

import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import io.carepulse.devidp.DataDirectory;

/**
 * Loads the signing key from the data directory, creating it on first start. The key lives only
 * there (owner-only file), never in the source tree.
 */
public final class SigningKeyStore {

	static final String KEY_FILE = "signing-key.jwk.json";

	private final DataDirectory dataDirectory;

	public SigningKeyStore(DataDirectory dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	public RSAKey loadOrCreate() {
		return this.dataDirectory.read(KEY_FILE).map(SigningKeyStore::parse).orElseGet(this::createAndSave);
	}

	private RSAKey createAndSave() {
		RSAKey key = generate();
		this.dataDirectory.writePrivately(KEY_FILE, key.toJSONString());
		return key;
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString())
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate the RSA signing key", ex);
		}
	}

	private static RSAKey parse(String json) {
		try {
			RSAKey key = RSAKey.parse(json);
			if (!key.isPrivate()) {
				throw new IllegalStateException(KEY_FILE + " holds no private key; delete it to generate a new one");
			}
			return key;
		}
		catch (ParseException ex) {
			throw new IllegalStateException(KEY_FILE + " is not a JWK; delete it to generate a new one", ex);
		}
	}

}
