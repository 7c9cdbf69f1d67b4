package io.carepulse.platform.mongo;

import com.mongodb.ConnectionString;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Chooses the MongoDB: the one named by {@code MONGODB_URI} when set, otherwise an embedded
 * server — except in the {@code prod} profile, which refuses to start without a real database.
 */
@Configuration(proxyBeanMethods = false)
class MongoConnectionConfiguration {

    @Bean
    MongoConnectionDetails mongoConnectionDetails(MongoSettings settings, Environment environment,
            @Lazy ObjectProvider<EmbeddedMongoServer> embedded) {
        if (settings.hasUri()) {
            ConnectionString given = new ConnectionString(settings.uri());
            ConnectionString effective = given.getDatabase() != null ? given : withDatabase(settings.uri(), settings.database());
            return () -> effective;
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("""
                    No database configured: the prod profile never starts the embedded MongoDB.
                    Set MONGODB_URI (e.g. mongodb://mongo:27017/carepulse?replicaSet=rs0).""");
        }
        ConnectionString embeddedUri = new ConnectionString(embedded.getObject().connectionString(settings.database()));
        return () -> embeddedUri;
    }

    @Bean(destroyMethod = "destroy")
    @Lazy
    EmbeddedMongoServer embeddedMongoServer(MongoSettings settings) {
        return new EmbeddedMongoServer(settings.embedded());
    }

    private static ConnectionString withDatabase(String uri, String database) {
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String params = query < 0 ? "" : uri.substring(query);
        String slash = base.endsWith("/") ? "" : "/";
        return new ConnectionString(base + slash + database + params);
    }
}
