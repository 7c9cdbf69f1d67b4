package io.carepulse.platform.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.Document;

/**
 * Which key management service wraps the data keys: {@code local} (a master key CarePulse holds,
 * {@code FIELD_ENCRYPTION_MASTER_KEY}) or a cloud KMS the MongoDB driver speaks to itself (AWS,
 * Azure, GCP, or a KMIP server), chosen by configuration:
 * {@code FIELD_ENCRYPTION_KMS_PROVIDER}, its credentials {@code FIELD_ENCRYPTION_KMS_CREDENTIALS}
 * (a JSON object, e.g. {@code {"accessKeyId": "…", "secretAccessKey": "…"}}; empty asks the driver
 * to find them in the environment where it can) and the customer master key
 * {@code FIELD_ENCRYPTION_KMS_MASTER_KEY} (e.g. {@code {"region": "us-east-1", "key": "arn:aws:kms:…"}}).
 * What each provider needs is checked at startup, so a misconfigured instance never starts.
 *
 * @param name        the driver's provider name
 * @param credentials what the driver authenticates to the KMS with
 * @param masterKey   the master key that wraps new data keys (null for local)
 */
record KmsProvider(String name, Map<String, Object> credentials, BsonDocument masterKey) {

    /** The master key fields each cloud provider needs, as the driver names them. */
    private static final Map<String, List<String>> MASTER_KEY_FIELDS = Map.of(
            "aws", List.of("region", "key"),
            "azure", List.of("keyVaultEndpoint", "keyName"),
            "gcp", List.of("projectId", "location", "keyRing", "keyName"),
            "kmip", List.of());
    private static final Map<String, List<String>> CREDENTIAL_FIELDS = Map.of(
            "aws", List.of("accessKeyId", "secretAccessKey"),
            "azure", List.of("tenantId", "clientId", "clientSecret"),
            "gcp", List.of("email", "privateKey"),
            "kmip", List.of("endpoint"));

    static KmsProvider local(byte[] masterKey) {
        return new KmsProvider("local", Map.of("key", masterKey), null);
    }

    /** A cloud provider from configuration, or an error saying what is missing. */
    static KmsProvider cloud(String provider, String credentialsJson, String masterKeyJson) {
        String name = provider.strip().toLowerCase(Locale.ROOT);
        if (!MASTER_KEY_FIELDS.containsKey(name)) {
            throw new IllegalStateException("FIELD_ENCRYPTION_KMS_PROVIDER must be local, aws, azure, gcp or kmip, not "
                    + provider);
        }
        Map<String, Object> credentials = new LinkedHashMap<>(parse(credentialsJson, "FIELD_ENCRYPTION_KMS_CREDENTIALS"));
        // Empty credentials let the driver find AWS, Azure or GCP ones in the environment on demand.
        if (!credentials.isEmpty() || name.equals("kmip")) {
            require(credentials, CREDENTIAL_FIELDS.get(name), "FIELD_ENCRYPTION_KMS_CREDENTIALS", name);
        }
        Document masterKey = parse(masterKeyJson, "FIELD_ENCRYPTION_KMS_MASTER_KEY");
        require(masterKey, MASTER_KEY_FIELDS.get(name), "FIELD_ENCRYPTION_KMS_MASTER_KEY", name);
        return new KmsProvider(name, credentials, masterKey.toBsonDocument());
    }

    /** The driver's {@code kmsProviders} setting. */
    Map<String, Map<String, Object>> kmsProviders() {
        return Map.of(name, credentials);
    }

    private static Document parse(String json, String setting) {
        if (json == null || json.isBlank()) {
            return new Document();
        }
        try {
            return Document.parse(json);
        } catch (RuntimeException e) {
            throw new IllegalStateException(setting + " must be a JSON object, e.g. {\"region\": \"us-east-1\"}");
        }
    }

    private static void require(Map<String, Object> values, List<String> fields, String setting, String provider) {
        List<String> missing = fields.stream().filter(field -> values.get(field) == null
                || String.valueOf(values.get(field)).isBlank()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(setting + " needs " + String.join(", ", missing) + " for the " + provider
                    + " key management service");
        }
    }
}
