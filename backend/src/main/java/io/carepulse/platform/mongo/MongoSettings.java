package io.carepulse.platform.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param uri       the MongoDB ({@code MONGODB_URI}); {@code make run} starts the development one
 *                  ({@code backend/dev-mongo}) and sets it
 * @param database  database name used when the URI names none
 */
@ConfigurationProperties("carepulse.mongo")
public record MongoSettings(String uri, String database) {

    public MongoSettings {
        database = (database == null || database.isBlank()) ? "carepulse" : database;
    }

    public boolean hasUri() {
        return uri != null && !uri.isBlank();
    }
}
