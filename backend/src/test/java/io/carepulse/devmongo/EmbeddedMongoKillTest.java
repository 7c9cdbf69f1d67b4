package io.carepulse.devmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Acknowledged means durable: the embedded MongoDB on its H2 file runs in a child process, which
 * is killed with SIGKILL while several clients insert and update; after a restart on the same
 * file, every write the server acknowledged is there.
 */
class EmbeddedMongoKillTest {

    private static final Pattern READY = Pattern.compile("Embedded MongoDB ready: (mongodb://\\S+)");
    private static final int WRITERS = 6;

    @Test
    void everyAcknowledgedWriteSurvivesKill9(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mongo.mv");
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> acknowledgedVersion = new ConcurrentHashMap<>();

        Database first = Database.start(file);
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(300);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (MongoClient client = MongoClients.create(first.uri() + "?serverSelectionTimeoutMS=2000")) {
            MongoCollection<Document> segments = client.getDatabase("carepulse").getCollection("segments");
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.execute(() -> {
                    for (int n = 0; !killed.get(); n++) {
                        int id = writer * 1_000_000 + n;
                        try {
                            Mono.from(segments.insertOne(new Document("_id", id).append("version", 1)))
                                    .block(Duration.ofSeconds(5));
                            acknowledged.add(id);
                            Document after = Mono.from(segments.findOneAndUpdate(Filters.eq("_id", id),
                                    Updates.inc("version", 1),
                                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                                    .block(Duration.ofSeconds(5));
                            acknowledgedVersion.put(id, after.getInteger("version"));
                            enough.countDown();
                        } catch (RuntimeException e) {
                            return; // the server is gone
                        }
                    }
                });
            }
            assertThat(enough.await(60, TimeUnit.SECONDS)).as("300 acknowledged writes before the kill").isTrue();
            first.kill(); // SIGKILL, mid-write
            killed.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.kill();
        }

        Database second = Database.start(file);
        try (MongoClient client = MongoClients.create(second.uri())) {
            MongoCollection<Document> segments = client.getDatabase("carepulse").getCollection("segments");
            List<Document> stored = Flux.from(segments.find()).collectList().block(Duration.ofSeconds(30));
            Map<Integer, Integer> versions = new ConcurrentHashMap<>();
            stored.forEach(d -> versions.put(d.getInteger("_id"), d.getInteger("version")));
            assertThat(versions.keySet()).as("acknowledged inserts after kill -9").containsAll(acknowledged);
            acknowledgedVersion.forEach((id, version) ->
                    assertThat(versions.get(id)).as("version of %s", id).isGreaterThanOrEqualTo(version));
        } finally {
            second.kill();
        }
    }

    /** The embedded MongoDB in a JVM of its own ({@link EmbeddedMongoMain}), on an H2 file. */
    private record Database(Process process, String uri) {

        static Database start(Path file) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    EmbeddedMongoMain.class.getName(), file.toString(), "0")
                    .redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "embedded-mongo-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new Database(process, ready.group(1).replace("/carepulse", "/"));
                }
            }
            throw new IllegalStateException("The embedded MongoDB did not start: " + String.join("\n", lines));
        }

        /** SIGKILL: no shutdown hook, no final commit. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
