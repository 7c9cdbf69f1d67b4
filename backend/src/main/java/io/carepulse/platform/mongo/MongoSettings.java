package io.carepulse.platform.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param uri       a real MongoDB ({@code MONGODB_URI}); when blank an embedded server is started
 * @param database  database name used when the URI names none
 * @param embedded  the embedded server used when {@code uri} is blank
 */
@ConfigurationProperties("carepulse.mongo")
public record MongoSettings(String uri, String database, Embedded embedded) {

    public MongoSettings {
        database = (database == null || database.isBlank()) ? "carepulse" : database;
        embedded = embedded == null ? new Embedded(null, 0) : embedded;
    }

    public boolean hasUri() {
        return uri != null && !uri.isBlank();
    }

    /**
     * @param file H2 file of the embedded server, or {@code memory} for a throw-away in-memory store
     * @param port loopback port; 0 picks a free one (the startup log prints it)
     */
    public record Embedded(String file, int port) {
        public Embedded {
            file = (file == null || file.isBlank()) ? "data/mongo.mv" : file;
        }

        public boolean inMemory() {
            return "memory".equalsIgnoreCase(file);
        }
    }
}
