package io.carepulse.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cloud KMS chosen by configuration: what the driver is given, and a misconfiguration refused at
 * startup in words. (No cloud KMS is reachable here; the driver's own tests cover talking to one.)
 */
class KmsProviderTest {

    @Test
    void awsWrapsNewDataKeysWithTheConfiguredCustomerMasterKey() {
        KmsProvider aws = KmsProvider.cloud("AWS", "{\"accessKeyId\": \"AKIA-EXAMPLE\", \"secretAccessKey\": \"s\"}",
                "{\"region\": \"us-east-1\", \"key\": \"arn:aws:kms:us-east-1:111122223333:key/abc\"}");

        assertThat(aws.name()).isEqualTo("aws");
        assertThat(aws.kmsProviders()).containsOnlyKeys("aws");
        assertThat(aws.kmsProviders().get("aws")).containsEntry("accessKeyId", "AKIA-EXAMPLE");
        var options = FieldEncryption.dataKeyOptions(aws, "pii-2");
        assertThat(options.getKeyAltNames()).containsExactly("pii-2");
        assertThat(options.getMasterKey().getString("key").getValue()).endsWith("key/abc");
        assertThat(FieldEncryption.rewrapOptions(aws).getProvider()).isEqualTo("aws");
    }

    @Test
    void emptyCredentialsLetTheDriverFindThemInTheEnvironment() {
        KmsProvider gcp = KmsProvider.cloud("gcp", "", "{\"projectId\": \"p\", \"location\": \"global\", "
                + "\"keyRing\": \"carepulse\", \"keyName\": \"pii\"}");
        assertThat(gcp.kmsProviders()).isEqualTo(Map.of("gcp", Map.of()));
    }

    @Test
    void theLocalProviderUsesTheMasterKeyAndNoCloudKey() {
        KmsProvider local = KmsProvider.local(new byte[MasterKey.BYTES]);
        assertThat(local.name()).isEqualTo("local");
        assertThat(FieldEncryption.dataKeyOptions(local, "pii-1").getMasterKey()).isNull();
    }

    @Test
    void aMisconfiguredProviderIsRefusedSayingWhatIsMissing() {
        assertThatThrownBy(() -> KmsProvider.cloud("azure", "", "{\"keyName\": \"pii\"}"))
                .hasMessage("FIELD_ENCRYPTION_KMS_MASTER_KEY needs keyVaultEndpoint for the azure key management service");
        assertThatThrownBy(() -> KmsProvider.cloud("aws", "{\"accessKeyId\": \"a\"}",
                "{\"region\": \"r\", \"key\": \"k\"}"))
                .hasMessage("FIELD_ENCRYPTION_KMS_CREDENTIALS needs secretAccessKey for the aws key management service");
        assertThatThrownBy(() -> KmsProvider.cloud("vault", "", "{}"))
                .hasMessageStartingWith("FIELD_ENCRYPTION_KMS_PROVIDER must be local, aws, azure, gcp or kmip");
        assertThatThrownBy(() -> KmsProvider.cloud("aws", "", "region=us-east-1"))
                .hasMessageStartingWith("FIELD_ENCRYPTION_KMS_MASTER_KEY must be a JSON object");
    }
}
