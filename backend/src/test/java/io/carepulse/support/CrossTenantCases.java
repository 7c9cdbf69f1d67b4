package io.carepulse.support;

import io.carepulse.platform.security.Role;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A feature's cross-tenant cases, declared as a bean in the feature's own test package and found
 * by the schema-walking {@code AccessRulesTest}: the Riverside data the feature's operations aim
 * at, what a Lakeside caller sends, and what proves that nothing leaked or changed. A new feature
 * brings its cases with it; no shared list is edited.
 */
public interface CrossTenantCases {

    /** Creates the feature's Riverside data (once per run) and returns the cases aimed at it. */
    Prepared prepare(World world);

    /** What a feature may use to prepare its data. */
    interface World {

        int port();

        HttpGraphQlTester as(String organization, Role... roles);

        RawGraphQl raw();

        /** A name no other test uses. */
        String unique(String prefix);
    }

    /**
     * @param operations one case per Query and Mutation field of the feature
     * @param subscriptions per Subscription field, the test (class#method) that covers it over WebSocket
     * @param nodeIds a Riverside object of each Node type the feature owns, by type name
     * @param relations per Node type, the relations (e.g. SESSION_MODERATOR) in which Riverside's
     *     test MODERATOR stands to that object
     * @param participantToken a participant of Riverside's data holding a valid token, if the feature has participants
     * @param untouched checks that Riverside's data is as prepared, after every case
     */
    record Prepared(Map<String, Case> operations, Map<String, String> subscriptions, Map<String, String> nodeIds,
            Map<String, Set<String>> relations, String participantToken, Runnable untouched) {

        public static Prepared of(Map<String, Case> operations) {
            return new Prepared(operations, Map.of(), Map.of(), Map.of(), null, () -> {
            });
        }

        public Prepared withSubscriptions(Map<String, String> covered) {
            return new Prepared(operations, covered, nodeIds, relations, participantToken, untouched);
        }

        public Prepared withNodes(Map<String, String> ids) {
            return new Prepared(operations, subscriptions, ids, relations, participantToken, untouched);
        }

        public Prepared withRelations(Map<String, Set<String>> related) {
            return new Prepared(operations, subscriptions, nodeIds, related, participantToken, untouched);
        }

        public Prepared withParticipant(String token) {
            return new Prepared(operations, subscriptions, nodeIds, relations, token, untouched);
        }

        public Prepared untouchedWhen(Runnable check) {
            return new Prepared(operations, subscriptions, nodeIds, relations, participantToken, check);
        }
    }

    /**
     * @param document a GraphQL document in {@code src/test/resources/graphql-test}
     * @param variables what the intruder sends
     * @param check what the answer must show (nothing of Riverside's, nothing changed)
     * @param intruderToken who tries; null for Lakeside's admin
     */
    record Case(String document, Map<String, Object> variables, Consumer<Map<String, Object>> check,
            String intruderToken) {

        public Case(String document, Map<String, Object> variables, Consumer<Map<String, Object>> check) {
            this(document, variables, check, null);
        }
    }
}
