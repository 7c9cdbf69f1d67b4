package io.carepulse.support;

import io.carepulse.devmongo.EmbeddedMongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one switch for the test database: {@code -Dcarepulse.test.mongo=auto|container|embedded|embedded-file|uri}
 * ({@code embedded-file}: the development MongoDB on an H2 file with durable commits, for benchmarks;
 * {@code uri}: a database already running in its own process, at {@code -Dcarepulse.test.mongo.uri},
 * so a benchmark measures the API with the database's heap and collector apart, as deployed).
 * {@code auto} (the default) uses Testcontainers' MongoDB 8 when Docker is available and the
 * in-memory embedded server otherwise; {@code container} without Docker fails loudly.
 */
public final class TestMongo {

    private static final Logger log = LoggerFactory.getLogger(TestMongo.class);
    private static final String MODE = System.getProperty("carepulse.test.mongo", "auto");
    private static MongoDBContainer container;
    /** The in-memory development MongoDB every test context of this JVM shares (when not a container). */
    private static EmbeddedMongoServer embedded;

    private TestMongo() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if ("uri".equals(MODE)) {
            String uri = System.getProperty("carepulse.test.mongo.uri");
            if (uri == null || uri.isBlank()) {
                throw new IllegalStateException("-Dcarepulse.test.mongo=uri needs -Dcarepulse.test.mongo.uri");
            }
            registry.add("carepulse.mongo.uri", () -> uri);
        } else if (useContainer()) {
            if (container == null) {
                container = new MongoDBContainer("mongo:8");
                container.start();
                log.info("Tests run against MongoDB 8 in a Testcontainers container");
            }
            registry.add("carepulse.mongo.uri", () -> container.getReplicaSetUrl("carepulse"));
        } else {
            if (embedded == null) {
                embedded = new EmbeddedMongoServer("embedded-file".equals(MODE) ? benchFile() : EmbeddedMongoServer.MEMORY,
                        0);
                log.info("Tests run against the development MongoDB (backend/dev-mongo) in memory; Docker {}",
                        "embedded".equals(MODE) ? "not asked for" : "not available");
            }
            registry.add("carepulse.mongo.uri", () -> embedded.connectionString("carepulse"));
        }
    }

    /** A new H2 file for {@code embedded-file} (benchmarks of durable commits), under target/. */
    private static String benchFile() {
        java.nio.file.Path file = java.nio.file.Path.of("target", "bench-mongo-" + System.nanoTime() + ".mv");
        System.setProperty("carepulse.test.mongo.store", "H2 file " + file + " with durable commits");
        return file.toString();
    }

    /** The development MongoDB the tests run against, or null when they run against a container. */
    public static synchronized EmbeddedMongoServer embedded() {
        return embedded;
    }

    private static boolean useContainer() {
        return switch (MODE) {
            case "embedded", "embedded-file", "uri" -> false;
            case "container" -> {
                if (!DockerClientFactory.instance().isDockerAvailable()) {
                    throw new IllegalStateException(
                            "-Dcarepulse.test.mongo=container but no Docker engine is available");
                }
                yield true;
            }
            case "auto" -> dockerAvailable();
            default -> throw new IllegalArgumentException(
                    "carepulse.test.mongo must be auto, container, embedded, embedded-file or uri");
        };
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
