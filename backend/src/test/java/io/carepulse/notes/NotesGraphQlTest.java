package io.carepulse.notes;

import static io.carepulse.support.TestTokens.LAKESIDE;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.platform.subscriptions.SharedExecutions;
import io.carepulse.support.GraphQlWsWire;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The test-only notes feature over GraphQL: declared in its own package (a schema file, a
 * controller, a SharedSubscription bean, a NodeFetcher, its cross-tenant cases), it gets audited
 * mutations, published events, shared-execution fan-out with resume, node reads and tenant
 * isolation from the platform.
 */
class NotesGraphQlTest extends IntegrationTest {

    private static final String BOARD = """
            subscription($board: String!, $after: NonNegativeInt) {
              noteBoard(board: $board, afterSequence: $after) { sequence type noteId text } }""";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    SharedExecutions shared;

    @Test
    void subscribersOfABoardShareOneExecutionAndEachGetsEveryNoteOnceInOrder() {
        String board = unique("shared board");
        String marketer = TestTokens.staff(RIVERSIDE, Role.MARKETER);
        long leadersBefore = shared.leadersStarted();
        List<GraphQlWsWire> wires = List.of(GraphQlWsWire.connect(port, marketer),
                GraphQlWsWire.connect(port, TestTokens.staff(RIVERSIDE, Role.ADMIN)));
        try {
            for (GraphQlWsWire wire : wires) {
                subscribe(wire, board, 0L);
            }
            add(marketer, board, "first");
            add(marketer, board, "second");
            for (GraphQlWsWire wire : wires) {
                wire.await(frame -> frame.contains("second"), WAIT);
                assertThat(texts(wire)).containsExactly("1 first", "2 second");
            }
            assertThat(shared.leadersStarted() - leadersBefore).isEqualTo(1);
        } finally {
            wires.forEach(GraphQlWsWire::close);
        }
    }

    @Test
    void aSubscriberThatResumesGetsWhatItMissedThenLiveNotesWithoutGapOrDuplicate() {
        String board = unique("resumed board");
        String marketer = TestTokens.staff(RIVERSIDE, Role.MARKETER);
        add(marketer, board, "one");
        add(marketer, board, "two");
        add(marketer, board, "three");
        try (GraphQlWsWire wire = GraphQlWsWire.connect(port, marketer)) {
            subscribe(wire, board, 1L);
            wire.await(frame -> frame.contains("three"), WAIT);
            add(marketer, board, "four");
            wire.await(frame -> frame.contains("four"), WAIT);
            assertThat(texts(wire)).containsExactly("2 two", "3 three", "4 four");
        }
    }

    @Test
    void anotherOrganisationsBoardOfTheSameNameShowsNothingOfIt() {
        String board = unique("private board");
        try (GraphQlWsWire lakeside = GraphQlWsWire.connect(port, TestTokens.staff(LAKESIDE, Role.ADMIN));
                GraphQlWsWire riverside = GraphQlWsWire.connect(port, TestTokens.staff(RIVERSIDE, Role.ADMIN))) {
            subscribe(lakeside, board, 0L);
            subscribe(riverside, board, 0L);
            add(TestTokens.staff(RIVERSIDE, Role.MARKETER), board, "Riverside's secret");
            add(TestTokens.staff(LAKESIDE, Role.MARKETER), board, "Lakeside's own");
            riverside.await(frame -> frame.contains("Riverside's secret"), WAIT);
            // Lakeside's own note arrives after Riverside's was published: had Riverside's reached it, it would be first.
            lakeside.await(frame -> frame.contains("Lakeside's own"), WAIT);
            assertThat(texts(lakeside)).containsExactly("1 Lakeside's own");
            assertThat(texts(riverside)).containsExactly("1 Riverside's secret");
        }
    }

    @Test
    void addingANoteIsAuditedLikeEveryMutation() {
        String board = unique("audited board");
        Map<String, Object> added = add(TestTokens.staff(RIVERSIDE, Role.MARKETER), board, "Audited note");
        String noteId = (String) RawGraphQl.data(added, "addNote.note.id");
        Map<String, Object> audit = new RawGraphQl(port).postQuery(TestTokens.staff(RIVERSIDE, Role.ADMIN),
                "query($id: ID!) { auditLog(first: 5, filter: {targetId: $id}) { edges { node { action changedFields } } } }",
                Map.of("id", noteId));
        assertThat(RawGraphQl.data(audit, "auditLog.edges.0.node.action")).isEqualTo("addNote");
        assertThat(RawGraphQl.data(audit, "auditLog.edges.0.node.changedFields")).isEqualTo(List.of("board", "text"));
    }

    private void subscribe(GraphQlWsWire wire, String board, Long after) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("board", board));
        variables.put("after", after);
        wire.send(Map.of("id", "board", "type", "subscribe", "payload", Map.of("query", BOARD,
                "variables", variables)));
    }

    private Map<String, Object> add(String token, String board, String text) {
        Map<String, Object> body = new RawGraphQl(port).postQuery(token, NotesCrossTenantCases.ADD,
                Map.of("input", Map.of("board", board, "text", text)));
        assertThat(RawGraphQl.data(body, "addNote.userErrors")).as("%s", body).isEqualTo(List.of());
        return body;
    }

    /** "sequence text" of each board event this socket received, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(GraphQlWsWire wire) {
        return wire.frames().stream().map(GraphQlWsWire::parse).filter(frame -> "next".equals(frame.get("type")))
                .map(frame -> (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) frame
                        .get("payload")).get("data")).get("noteBoard"))
                .map(event -> event.get("sequence") + " " + event.get("text")).toList();
    }
}
