package io.carepulse.platform.mongo;

import java.util.List;
import org.springframework.data.mongodb.core.index.IndexDefinition;

/**
 * Indexes a feature needs, declared in code next to the feature and created at startup by
 * {@link IndexInitializer}.
 */
public interface IndexDeclaration {

    String collection();

    List<IndexDefinition> indexes();

    static IndexDeclaration of(String collection, IndexDefinition... indexes) {
        List<IndexDefinition> list = List.of(indexes);
        return new IndexDeclaration() {
            @Override
            public String collection() {
                return collection;
            }

            @Override
            public List<IndexDefinition> indexes() {
                return list;
            }
        };
    }
}
