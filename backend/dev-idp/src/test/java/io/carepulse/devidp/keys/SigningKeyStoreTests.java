package io.carepulse.devidp.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.RSAKey;
import io.carepulse.devidp.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyStoreTests {

	@TempDir
	Path dataDir;

	@Test
	void keyGeneratedOnFirstLoadIsReusedOnTheNext() throws Exception {
		Path nested = this.dataDir.resolve("idp");

		RSAKey first = new SigningKeyStore(new DataDirectory(nested)).loadOrCreate();
		RSAKey second = new SigningKeyStore(new DataDirectory(nested)).loadOrCreate();

		assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
		assertThat(second.getModulus()).isEqualTo(first.getModulus());
		assertThat(second.isPrivate()).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.resolve(SigningKeyStore.KEY_FILE))))
			.isEqualTo("rw-------");
	}

}
