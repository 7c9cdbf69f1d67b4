package io.carepulse.platform.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server) for development and tests.
 * It has no multi-document transactions and never enforces TTL indexes, so the product relies
 * on single-document atomicity and explicit jobs only.
 */
public final class EmbeddedMongoServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;

    public EmbeddedMongoServer(MongoSettings.Embedded settings) {
        MongoBackend backend = settings.inMemory() ? new MemoryBackend() : h2(settings.file());
        // Change streams (live subscriptions) need the oplog.
        backend.enableOplog();
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", settings.port());
        this.address = server.getLocalAddress();
        log.info("Embedded MongoDB ({}) listening on mongodb://127.0.0.1:{} — connect with any MongoDB client",
                settings.inMemory() ? "in memory" : "H2 file " + Path.of(settings.file()).toAbsolutePath(),
                address.getPort());
    }

    private static MongoBackend h2(String file) {
        Path path = Path.of(file).toAbsolutePath();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the embedded MongoDB file " + path, e);
        }
        return new H2Backend(path.toString());
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    @Override
    public void destroy() {
        server.shutdownNow();
    }
}
