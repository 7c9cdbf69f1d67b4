package io.carepulse.platform.crypto;

import com.mongodb.ClientEncryptionSettings;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.model.vault.DataKeyOptions;
import com.mongodb.client.model.vault.EncryptOptions;
import com.mongodb.reactivestreams.client.vault.ClientEncryption;
import com.mongodb.reactivestreams.client.vault.ClientEncryptions;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.types.Binary;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Encrypts and decrypts single values with the MongoDB driver's explicit client-side encryption
 * (libmongocrypt, AEAD_AES_256_CBC_HMAC_SHA_512, randomised). Data keys live in the
 * {@code encryption_keys} collection, wrapped by the {@link MasterKey} or by a cloud KMS's master key
 * ({@link KmsProvider}, by configuration); values are encrypted
 * under the current data key, named by {@code carepulse.encryption.data-key}, and each value
 * carries its data key's ID, so the data key rotates (new values use the new one, {@link
 * #reencrypt} moves old ones) and so does the master key ({@link #rewrapDataKeys}).
 *
 * <p>Values are stored as generic binary: the development MongoDB refuses the encrypted-value
 * subtype (6), and explicit encryption does not need the server to know it.
 */
@Component
public class FieldEncryption implements DisposableBean {

    static final String KEY_VAULT_COLLECTION = "encryption_keys";
    static final String ALGORITHM = "AEAD_AES_256_CBC_HMAC_SHA_512-Random";

    private final ClientEncryptionSettings settings;
    private final KmsProvider kms;
    private final String dataKey;
    private volatile ClientEncryption encryption;
    private final Mono<BsonBinary> currentKey;

    @org.springframework.beans.factory.annotation.Autowired
    FieldEncryption(MongoConnectionDetails connection,
            @Value("${carepulse.encryption.master-key:}") String masterKey,
            @Value("${carepulse.encryption.master-key-file:data/field-encryption-master.key}") String masterKeyFile,
            @Value("${carepulse.encryption.data-key:pii-1}") String dataKey,
            @Value("${carepulse.encryption.kms.provider:local}") String provider,
            @Value("${carepulse.encryption.kms.credentials:}") String credentials,
            @Value("${carepulse.encryption.kms.master-key:}") String kmsMasterKey, Environment environment) {
        // Checked at startup, so a production instance without its key (or its KMS) never starts.
        this(connection, "local".equalsIgnoreCase(provider.strip())
                ? KmsProvider.local(MasterKey.load(masterKey, Path.of(masterKeyFile), environment.matchesProfiles("prod")))
                : KmsProvider.cloud(provider, credentials, kmsMasterKey), dataKey);
    }

    private FieldEncryption(MongoConnectionDetails connection, KmsProvider kms, String dataKey) {
        this(settings(connection, kms), kms, dataKey);
    }

    private FieldEncryption(ClientEncryptionSettings settings, KmsProvider kms, String dataKey) {
        this.settings = settings;
        this.kms = kms;
        this.dataKey = dataKey;
        // The current data key, created on first use (and found again by its name after a restart).
        this.currentKey = client().flatMap(client -> Mono.from(client.getKeyByAltName(dataKey))
                        .map(key -> key.getBinary("_id"))
                        .switchIfEmpty(Mono.defer(() -> Mono.from(client.createDataKey(kms.name(),
                                dataKeyOptions(kms, dataKey))))))
                // Kept once found; a failure is not kept, so the next call tries again.
                .cache(key -> java.time.Duration.ofDays(3650), error -> java.time.Duration.ZERO,
                        () -> java.time.Duration.ZERO);
    }

    private static ClientEncryptionSettings settings(MongoConnectionDetails connection, KmsProvider kms) {
        String database = connection.getConnectionString().getDatabase();
        return ClientEncryptionSettings.builder()
                .keyVaultMongoClientSettings(MongoClientSettings.builder()
                        .applyConnectionString(connection.getConnectionString()).build())
                .keyVaultNamespace(database + "." + KEY_VAULT_COLLECTION)
                .kmsProviders(kms.kmsProviders())
                .build();
    }

    /** A new data key's options: its name, and the cloud master key that wraps it (none for local). */
    static DataKeyOptions dataKeyOptions(KmsProvider kms, String dataKey) {
        DataKeyOptions options = new DataKeyOptions().keyAltNames(List.of(dataKey));
        return kms.masterKey() == null ? options : options.masterKey(kms.masterKey());
    }

    /**
     * The same key vault and master key with another current data key: what an instance
     * configured with {@code carepulse.encryption.data-key=<name>} after a rotation uses. Close it
     * with {@link #destroy} when it is not a bean.
     */
    public FieldEncryption rotatedTo(String newDataKey) {
        return new FieldEncryption(settings, kms, newDataKey);
    }

    /** The value encrypted under the current data key, as stored. */
    public Mono<Binary> encrypt(String value) {
        return currentKey.zipWith(client()).flatMap(found -> Mono.from(found.getT2().encrypt(new BsonString(value),
                        new EncryptOptions(ALGORITHM).keyId(found.getT1()))))
                .map(encrypted -> new Binary(encrypted.getData()));
    }

    /** A stored value decrypted, whichever data key it was encrypted under. */
    public Mono<String> decrypt(Binary stored) {
        return client().flatMap(client -> Mono.from(client.decrypt(new BsonBinary(BsonBinarySubType.ENCRYPTED,
                        stored.getData()))))
                .map(value -> value.asString().getValue());
    }

    /** A stored value under the current data key: how values move off a data key being retired. */
    public Mono<Binary> reencrypt(Binary stored) {
        return decrypt(stored).flatMap(this::encrypt);
    }

    /** The ID of the data key a stored value was encrypted under (bytes 1 to 16 of the ciphertext). */
    public static UUID dataKeyOf(Binary stored) {
        ByteBuffer bytes = ByteBuffer.wrap(stored.getData(), 1, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** The current data key's ID. */
    public Mono<UUID> currentDataKey() {
        return currentKey.map(BsonBinary::asUuid);
    }

    /** Wraps every data key under the master key again: how the master key rotates. Returns how many. */
    public Mono<Long> rewrapDataKeys() {
        return client().flatMap(client -> Mono.from(client.rewrapManyDataKey(new BsonDocument(),
                        rewrapOptions(kms))))
                .map(result -> result.getBulkWriteResult() == null ? 0L
                        : (long) result.getBulkWriteResult().getModifiedCount());
    }

    /**
     * The driver's encryption client; created on first use (libmongocrypt loads only when needed)
     * on a thread that may block, since loading the native library reads files.
     */
    private Mono<ClientEncryption> client() {
        ClientEncryption current = encryption;
        return current != null ? Mono.just(current)
                : Mono.fromCallable(this::encryption).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic());
    }

    /** The driver's encryption client, created on first use. */
    private ClientEncryption encryption() {
        ClientEncryption current = encryption;
        if (current == null) {
            synchronized (this) {
                if (encryption == null) {
                    encryption = ClientEncryptions.create(settings);
                }
                current = encryption;
            }
        }
        return current;
    }

    @Override
    public void destroy() {
        if (encryption != null) {
            encryption.close();
        }
    }
}
