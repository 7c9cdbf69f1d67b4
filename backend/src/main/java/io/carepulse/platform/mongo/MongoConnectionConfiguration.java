package io.carepulse.platform.mongo;

import com.mongodb.ConnectionString;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MongoDB named by {@code MONGODB_URI}, with the database of {@code MONGODB_DATABASE} when the
 * URI names none. There is no database inside the product: without a URI it does not start, and
 * says how to get one.
 */
@Configuration(proxyBeanMethods = false)
class MongoConnectionConfiguration {

    @Bean
    MongoConnectionDetails mongoConnectionDetails(MongoSettings settings) {
        if (!settings.hasUri()) {
            throw new IllegalStateException("""
                    No database configured. Set MONGODB_URI (e.g. mongodb://mongo:27017/carepulse?replicaSet=rs0).
                    For development, `make run` starts the development MongoDB (backend/dev-mongo) and sets it;
                    on its own: java -jar backend/dev-mongo/target/carepulse-dev-mongo-exec.jar data/mongo.mv 27017
                    and MONGODB_URI=mongodb://127.0.0.1:27017/carepulse.""");
        }
        ConnectionString given = new ConnectionString(settings.uri());
        ConnectionString effective = given.getDatabase() != null ? given : withDatabase(settings.uri(), settings.database());
        return () -> effective;
    }

    private static ConnectionString withDatabase(String uri, String database) {
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String params = query < 0 ? "" : uri.substring(query);
        String slash = base.endsWith("/") ? "" : "/";
        return new ConnectionString(base + slash + database + params);
    }
}
