package io.carepulse.platform.mongo;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the embedded MongoDB on its own, without the application: several backend instances can
 * then share it ({@code MONGODB_URI=mongodb://127.0.0.1:<port>/carepulse}), and a benchmark can
 * tell the backend's CPU from the database's. From the backend jar:
 *
 * <pre>
 * java -Dloader.main=io.carepulse.platform.mongo.EmbeddedMongoMain -cp carepulse-backend.jar \
 *     org.springframework.boot.loader.launch.PropertiesLauncher [memory | H2 file] [port]
 * </pre>
 */
public final class EmbeddedMongoMain {

    private EmbeddedMongoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        String file = args.length > 0 ? args[0] : "memory";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        EmbeddedMongoServer server = new EmbeddedMongoServer(new MongoSettings.Embedded(file, port));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));
        System.out.println("Embedded MongoDB ready: " + server.connectionString("carepulse"));
        stopped.await();
    }

    /** Without the application's logging configuration Logback logs everything, the wire included. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
