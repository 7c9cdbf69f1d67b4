package io.carepulse.platform.security;

import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.NodeSelections;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Walks the executable schema: every Query, Mutation and Subscription field must declare an
 * {@code @access} rule, refuse anonymous callers (UNAUTHORIZED) and callers without a listed
 * role or scope (FORBIDDEN), and reveal or change nothing of another organisation.
 */
class AccessRulesTest extends IntegrationTest {

    /** Every feature's prepared cases, once per run (the context, and its data, are shared by all tests). */
    private static List<CrossTenantCases.Prepared> prepared;
    /** A Riverside object of each Node type, for reading through {@code node}. */
    private static final Map<String, String> NODE_IDS = new java.util.HashMap<>();
    /** Per Node type, the relations Riverside's test moderator stands in to that object. */
    private static final Map<String, Set<String>> RELATIONS = new java.util.HashMap<>();
    private static final Map<String, CrossTenantCases.Case> CASES = new java.util.HashMap<>();
    private static final Map<String, String> SUBSCRIPTION_CASES = new java.util.HashMap<>();
    /** A participant of Riverside's data: holds a valid token, but for no staff operation. */
    private static String riversideParticipant;

    @Autowired
    GraphQlSource graphQlSource;

    /** Each feature's cases, from its own test package. */
    @Autowired
    List<CrossTenantCases> features;

    private RawGraphQl raw;

    @BeforeEach
    void riversideData() {
        raw = new RawGraphQl(port);
        if (prepared != null) {
            return;
        }
        CrossTenantCases.World world = new CrossTenantCases.World() {
            @Override
            public int port() {
                return port;
            }

            @Override
            public org.springframework.graphql.test.tester.HttpGraphQlTester as(String org, Role... roles) {
                return AccessRulesTest.this.as(org, roles);
            }

            @Override
            public RawGraphQl raw() {
                return raw;
            }

            @Override
            public String unique(String prefix) {
                return IntegrationTest.unique(prefix);
            }
        };
        List<CrossTenantCases.Prepared> all = features.stream().map(feature -> feature.prepare(world)).toList();
        for (CrossTenantCases.Prepared feature : all) {
            feature.operations().forEach((name, c) -> assertThat(CASES.put(name, c)).as("one case for %s", name)
                    .isNull());
            SUBSCRIPTION_CASES.putAll(feature.subscriptions());
            NODE_IDS.putAll(feature.nodeIds());
            RELATIONS.putAll(feature.relations());
            if (feature.participantToken() != null) {
                riversideParticipant = feature.participantToken();
            }
        }
        // The platform's own operations: any Riverside object looks, to Lakeside, as if it did not exist.
        List<String> anyTwo = NODE_IDS.keySet().stream().sorted().limit(2).map(NODE_IDS::get).toList();
        CASES.put("node", new CrossTenantCases.Case("node", Map.of("id", anyTwo.getFirst()),
                body -> assertThat(RawGraphQl.data(body, "node")).isNull()));
        CASES.put("nodes", new CrossTenantCases.Case("nodes", Map.of("ids", anyTwo),
                body -> assertThat((List<?>) RawGraphQl.data(body, "nodes")).containsExactly(null, null)));
        prepared = all;
    }

    /**
     * Who tries to read objects: every staff role, a moderator not named on the fixture session,
     * dashboards with and without their scope, a participant and an anonymous caller.
     */
    enum Reader {
        ADMIN, MARKETER, CLINICAL_REVIEWER, COMPLIANCE_OFFICER, MODERATOR, OTHER_MODERATOR, ANALYST, DASHBOARD,
        CLIENT_WITHOUT_SCOPE, PARTICIPANT, ANONYMOUS
    }

    @Test
    void everyNodeTypeDeclaresAnAccessRuleAndHasAFixture() {
        assertThat(nodeTypes()).isNotEmpty().allSatisfy(type -> {
            assertThat(AccessRule.of(type)).as("@access on type %s", type.getName()).isNotNull();
            assertThat(NODE_IDS).as("a Riverside %s among its feature's CrossTenantCases nodes", type.getName())
                    .containsKey(type.getName());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyNodeTypeAndFieldIsShownOnlyToWhomItsRulesAdmit() {
        return nodeTypes().stream().flatMap(type -> Arrays.stream(Reader.values()).map(reader ->
                DynamicTest.dynamicTest(type.getName() + " as " + reader, () -> {
                    Map<String, Object> body = raw.postQuery(token(reader), NodeSelections.everyField(type),
                            Map.of("id", NODE_IDS.get(type.getName())));
                    expectNode(type, reader, body);
                })));
    }

    @SuppressWarnings("unchecked")
    private void expectNode(GraphQLObjectType type, Reader reader, Map<String, Object> body) {
        AccessRule root = AccessRule.of(graphQlSource.schema().getQueryType().getFieldDefinition("node"));
        Caller caller = caller(reader);
        if (caller == null) {
            assertThat(RawGraphQl.classifications(body)).containsExactly("UNAUTHORIZED");
            return;
        }
        if (!root.permits(caller)) {
            assertThat(RawGraphQl.classifications(body)).containsExactly("FORBIDDEN");
            return;
        }
        if (!AccessRule.of(type).permits(caller)) {
            assertThat(RawGraphQl.data(body, "node")).as("hidden %s", body).isNull();
            assertThat(body.get("errors")).as("a hidden object is not an error").isNull();
            return;
        }
        assertThat(RawGraphQl.data(body, "node.__typename")).as("%s", body).isEqualTo(type.getName());
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        List<String> denied = new ArrayList<>();
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            AccessRule rule = AccessRule.of(field);
            if (rule == null || rule.permits(caller) || related(reader, rule, type)) {
                continue;
            }
            denied.add(field.getName());
            assertThat(RawGraphQl.data(body, "node." + field.getName())).as("denied %s", field.getName()).isNull();
        }
        assertThat(errors).as("errors of %s", body)
                .extracting(e -> ((List<Object>) e.get("path")).get(1) + ":"
                        + ((Map<String, Object>) e.get("extensions")).get("classification"))
                .containsExactlyInAnyOrderElementsOf(denied.stream().map(f -> f + ":FORBIDDEN").toList());
    }

    /** Only Riverside's test moderator stands in relations to the fixtures, as their features declare. */
    private static boolean related(Reader reader, AccessRule rule, GraphQLObjectType type) {
        return reader == Reader.MODERATOR && RELATIONS.getOrDefault(type.getName(), Set.of()).stream()
                .anyMatch(rule.relations()::contains);
    }

    private static String token(Reader reader) {
        return switch (reader) {
            case OTHER_MODERATOR -> TestTokens.token("other-moderator@riverside-health.test", RIVERSIDE,
                    List.of("MODERATOR"), List.of(), TestTokens.ISSUER, java.time.Instant.now().plusSeconds(600));
            case DASHBOARD -> TestTokens.client(RIVERSIDE, "analytics:read");
            case CLIENT_WITHOUT_SCOPE -> TestTokens.client(RIVERSIDE, "profile");
            case PARTICIPANT -> riversideParticipant;
            case ANONYMOUS -> null;
            default -> TestTokens.staff(RIVERSIDE, Role.valueOf(reader.name()));
        };
    }

    /** The caller each reader is, as the rules see it; null when anonymous. */
    private static Caller caller(Reader reader) {
        return switch (reader) {
            case OTHER_MODERATOR -> new Caller("other", RIVERSIDE, null, null, null, java.util.Set.of(Role.MODERATOR),
                    java.util.Set.of());
            case DASHBOARD -> new Caller("d", RIVERSIDE, null, null, null, java.util.Set.of(),
                    java.util.Set.of("analytics:read"));
            case CLIENT_WITHOUT_SCOPE -> new Caller("c", RIVERSIDE, null, null, null, java.util.Set.of(),
                    java.util.Set.of("profile"));
            case PARTICIPANT -> new Caller("p", RIVERSIDE, null, null, null, java.util.Set.of(), java.util.Set.of(),
                    new ParticipantGrant("s", "p"));
            case ANONYMOUS -> null;
            default -> new Caller("s", RIVERSIDE, null, null, null, java.util.Set.of(Role.valueOf(reader.name())),
                    java.util.Set.of());
        };
    }

    private List<GraphQLObjectType> nodeTypes() {
        GraphQLSchema schema = graphQlSource.schema();
        return schema.getImplementations((graphql.schema.GraphQLInterfaceType) schema.getType("Node"));
    }

    @Test
    void everyOperationDeclaresAnAccessRule() {
        assertThat(operations()).isNotEmpty().allSatisfy(op ->
                assertThat(AccessRule.of(op.field())).as("@access on %s.%s", op.type(), op.field().getName()).isNotNull());
    }

    @Test
    void everyOperationHasACrossTenantCase() {
        assertThat(operations()).allSatisfy(op -> {
            String name = op.field().getName();
            boolean covered = op.type().equals("Subscription")
                    ? SUBSCRIPTION_CASES.containsKey(name)
                    : CASES.containsKey(name);
            assertThat(covered).as("cross-tenant case for %s.%s in its feature's CrossTenantCases", op.type(), name)
                    .isTrue();
        });
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersAreUnauthorized() {
        return httpOperations().filter(op -> !AccessRule.of(op.field()).publicAccess())
                .map(op -> DynamicTest.dynamicTest(op.field().getName(), () ->
                        assertThat(RawGraphQl.classifications(call(op, null))).containsExactly("UNAUTHORIZED")));
    }

    @Test
    void onlyCapabilityOperationsAreOpenToAnonymousCallers() {
        // Each takes a capability (a join code, a consent link's token, a survey's code) and is limited per address; the
        // website's feedback form takes none by design (anyone may write to a provider), and is limited
        // to a few submissions an hour per address.
        assertThat(operations()).filteredOn(op -> AccessRule.of(op.field()).publicAccess())
                .extracting(op -> op.field().getName())
                .containsExactlyInAnyOrder("joinLiveSession", "liveSessionRecap", "consentRequest",
                        "signConsentRequest", "consentRevocation", "revokeConsentByLink", "submitFeedback",
                        "publicSurvey", "startSurveyResponse", "respondToSurvey");
    }

    @TestFactory
    Stream<DynamicTest> callersWithoutAListedRoleOrScopeAreForbidden() {
        return httpOperations().filter(op -> !AccessRule.of(op.field()).publicAccess())
                .map(op -> DynamicTest.dynamicTest(op.field().getName(), () -> {
                    AccessRule rule = AccessRule.of(op.field());
                    assertThat(RawGraphQl.classifications(call(op, wrongCaller(rule)))).containsExactly("FORBIDDEN");
                }));
    }

    @TestFactory
    Stream<DynamicTest> participantTokensAreForbiddenOnEveryStaffOperation() {
        return httpOperations().filter(op -> !AccessRule.of(op.field()).participant()
                        && !AccessRule.of(op.field()).publicAccess())
                .map(op -> DynamicTest.dynamicTest(op.field().getName(), () ->
                        assertThat(RawGraphQl.classifications(call(op, riversideParticipant)))
                                .containsExactly("FORBIDDEN")));
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganisationsDataBehavesAsIfItDidNotExist() {
        String lakesideAdmin = TestTokens.staff(LAKESIDE, Role.ADMIN);
        return httpOperations().map(op -> DynamicTest.dynamicTest(op.field().getName(), () -> {
            CrossTenantCases.Case c = CASES.get(op.field().getName());
            Map<String, Object> body = call(op, c.intruderToken() != null ? c.intruderToken() : lakesideAdmin);
            assertThat(body.get("errors")).as("errors of %s", op.field().getName()).isNull();
            c.check().accept(body);
            prepared.forEach(feature -> feature.untouched().run());
        }));
    }

    /** A token of the right organisation holding no role or scope the rule lists. */
    private static String wrongCaller(AccessRule rule) {
        List<Role> others = Arrays.stream(Role.values()).filter(r -> !rule.roles().contains(r)).toList();
        if (!others.isEmpty()) {
            return TestTokens.staff(RIVERSIDE, others.getFirst());
        }
        return rule.scopes().contains("analytics:read")
                ? TestTokens.client(RIVERSIDE, "profile")
                : TestTokens.client(RIVERSIDE, "analytics:read");
    }

    private Map<String, Object> call(Operation op, String token) {
        CrossTenantCases.Case c = CASES.get(op.field().getName());
        assertThat(c).as("case for %s", op.field().getName()).isNotNull();
        // A document by name (src/test/resources/graphql-test), or written out.
        return c.document().contains("{") ? raw.postQuery(token, c.document(), c.variables())
                : raw.post(token, c.document(), c.variables());
    }

    private Stream<Operation> httpOperations() {
        return operations().stream().filter(op -> !op.type().equals("Subscription"));
    }

    private List<Operation> operations() {
        GraphQLSchema schema = graphQlSource.schema();
        List<Operation> operations = new ArrayList<>();
        for (GraphQLObjectType root : Stream.of(schema.getQueryType(), schema.getMutationType(),
                schema.getSubscriptionType()).filter(t -> t != null).toList()) {
            root.getFieldDefinitions().forEach(f -> operations.add(new Operation(root.getName(), f)));
        }
        return operations;
    }

    record Operation(String type, GraphQLFieldDefinition field) {
    }
}
