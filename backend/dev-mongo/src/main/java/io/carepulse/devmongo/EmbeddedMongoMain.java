package io.carepulse.devmongo;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the development MongoDB on its own: {@code make run} starts it before the backend
 * ({@code MONGODB_URI=mongodb://127.0.0.1:<port>/carepulse}); several backend instances can share
 * it, and a benchmark can tell the backend's CPU from the database's.
 *
 * <pre>
 * java -jar carepulse-dev-mongo.jar [memory | H2 file] [port]
 * </pre>
 */
public final class EmbeddedMongoMain {

    private EmbeddedMongoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String file = args.length > 0 ? args[0] : "memory";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        EmbeddedMongoServer server = new EmbeddedMongoServer(file, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));
        System.out.println("Embedded MongoDB ready: " + server.connectionString("carepulse"));
        stopped.await();
    }
}
