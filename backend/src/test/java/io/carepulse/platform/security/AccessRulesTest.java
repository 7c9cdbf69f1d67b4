package io.carepulse.platform.security;

import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.carepulse.platform.security.OperationCases.Fixture;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.LiveQa;
import io.carepulse.support.NodeSelections;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    private static Fixture fixture;
    /** A participant of Riverside's session: holds a valid token, but for no staff operation. */
    private static String riversideParticipant;

    @Autowired
    GraphQlSource graphQlSource;

    private RawGraphQl raw;

    @BeforeEach
    void riversideData() {
        raw = new RawGraphQl(port);
        if (fixture == null) {
            var marketer = as(RIVERSIDE, Role.MARKETER);
            String segmentName = unique("Riverside only segment");
            String campaignName = unique("Riverside only campaign");
            Fixtures.Created segment = Fixtures.segment(marketer, segmentName);
            Fixtures.Created campaign = Fixtures.campaign(marketer, campaignName, segment.id());
            String sessionTitle = unique("Riverside only live session");
            LiveQa liveQa = new LiveQa(port);
            LiveQa.Session session = liveQa.schedule(RIVERSIDE, sessionTitle, null);
            String questionText = "Riverside-only question: is the RSV vaccine safe for toddlers?";
            String questionId = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), questionText);
            liveQa.moderated(TestTokens.staff(RIVERSIDE, Role.MODERATOR), questionId, "APPROVE");
            LiveQa.Session lakesideSession = liveQa.schedule(LAKESIDE, unique("Lakeside session"), null);
            fixture = new Fixture(campaign.id(), campaign.version(), campaignName, segment.id(), segmentName,
                    session.id(), sessionTitle, session.joinCode(), questionId, questionText,
                    liveQa.join(lakesideSession.joinCode(), "Lee"));
            riversideParticipant = liveQa.join(session.joinCode(), "Sam");
            String admin = TestTokens.staff(RIVERSIDE, Role.ADMIN);
            Map<String, Object> audit = raw.postQuery(admin, "{ auditLog(first: 1) { edges { node { id } } } }",
                    Map.of());
            Map<String, Object> viewer = raw.post(admin, "viewer", Map.of());
            NODE_IDS.putAll(Map.of("Campaign", campaign.id(), "AudienceSegment", segment.id(),
                    "LiveSession", session.id(), "LiveQuestion", questionId,
                    "User", liveQa.moderatorId(RIVERSIDE),
                    "Organization", (String) RawGraphQl.data(viewer, "viewer.organization.id"),
                    "AuditEntry", (String) RawGraphQl.data(audit, "auditLog.edges.0.node.id")));
        }
    }

    /** A Riverside object of each Node type, for reading through {@code node}. */
    private static final Map<String, String> NODE_IDS = new java.util.HashMap<>();

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
            assertThat(NODE_IDS).as("a Riverside %s in AccessRulesTest's fixture", type.getName())
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

    /** The fixture session is moderated by Riverside's test moderator, so only that reader stands in SESSION_MODERATOR. */
    private static boolean related(Reader reader, AccessRule rule, GraphQLObjectType type) {
        return reader == Reader.MODERATOR && rule.relations().contains("SESSION_MODERATOR")
                && (type.getName().equals("LiveSession") || type.getName().equals("LiveQuestion"));
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
                    ? OperationCases.SUBSCRIPTION_CASES.containsKey(name)
                    : OperationCases.CASES.containsKey(name);
            assertThat(covered).as("cross-tenant case for %s.%s in OperationCases", op.type(), name).isTrue();
        });
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersAreUnauthorized() {
        return httpOperations().filter(op -> !AccessRule.of(op.field()).publicAccess())
                .map(op -> DynamicTest.dynamicTest(op.field().getName(), () ->
                        assertThat(RawGraphQl.classifications(call(op, null))).containsExactly("UNAUTHORIZED")));
    }

    @Test
    void onlyJoiningALiveSessionIsOpenToAnonymousCallers() {
        assertThat(operations()).filteredOn(op -> AccessRule.of(op.field()).publicAccess())
                .extracting(op -> op.field().getName()).containsExactly("joinLiveSession");
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
            OperationCases.Case c = OperationCases.CASES.get(op.field().getName());
            String intruder = c.intruder() == OperationCases.Intruder.LAKESIDE_PARTICIPANT
                    ? fixture.lakesideParticipantToken() : lakesideAdmin;
            Map<String, Object> body = call(op, intruder);
            assertThat(body.get("errors")).as("errors of %s", op.field().getName()).isNull();
            c.crossTenantCheck().accept(body, fixture);
            assertRiversideUntouched();
        }));
    }

    private void assertRiversideUntouched() {
        Map<String, Object> body = raw.post(TestTokens.staff(RIVERSIDE, Role.ANALYST), "campaign",
                Map.of("id", fixture.campaignId()));
        assertThat(RawGraphQl.data(body, "campaign.name")).isEqualTo(fixture.campaignName());
        assertThat(RawGraphQl.data(body, "campaign.version")).isEqualTo(fixture.campaignVersion());
        assertThat(RawGraphQl.data(body, "campaign.status")).isEqualTo("PLANNED");
        Map<String, Object> session = raw.post(TestTokens.staff(RIVERSIDE, Role.ANALYST), "liveSession",
                Map.of("id", fixture.liveSessionId()));
        assertThat(RawGraphQl.data(session, "liveSession.status")).isEqualTo("SCHEDULED");
        assertThat(RawGraphQl.data(session, "liveSession.version")).isEqualTo(1);
        Map<String, Object> questions = raw.post(TestTokens.staff(RIVERSIDE, Role.MODERATOR), "liveSessionQuestions",
                Map.of("id", fixture.liveSessionId()));
        assertThat(RawGraphQl.data(questions, "liveSession.questions.0.id")).isEqualTo(fixture.riversideQuestionId());
        assertThat(RawGraphQl.data(questions, "liveSession.questions.0.status")).isEqualTo("APPROVED");
        assertThat(RawGraphQl.data(questions, "liveSession.questions.0.upvoteCount")).isEqualTo(0);
        assertThat((List<?>) RawGraphQl.data(questions, "liveSession.questions")).hasSize(1);
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
        OperationCases.Case c = OperationCases.CASES.get(op.field().getName());
        assertThat(c).as("case for %s", op.field().getName()).isNotNull();
        return raw.post(token, c.document(), c.variables().apply(fixture));
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
