package io.carepulse.notes;

import static io.carepulse.support.RawGraphQl.data;
import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The notes feature's cross-tenant cases: found by AccessRulesTest like every feature's. */
@Component
class NotesCrossTenantCases implements CrossTenantCases {

    static final String NOTES = "query($board: String!) { notes(board: $board) { id board text } }";
    static final String ADD = """
            mutation($input: AddNoteInput!) { addNote(input: $input) { note { id board text } userErrors { code } } }""";

    @Override
    public Prepared prepare(World world) {
        String board = world.unique("Riverside board");
        Map<String, Object> added = world.raw().postQuery(TestTokens.staff(RIVERSIDE, Role.MARKETER), ADD,
                Map.of("input", Map.of("board", board, "text", "Riverside only note")));
        String noteId = (String) data(added, "addNote.note.id");
        return Prepared.of(Map.of(
                        "notes", new Case(NOTES, Map.of("board", board),
                                body -> assertThat((List<?>) data(body, "notes")).isEmpty()),
                        // The same board name in another organisation is another board.
                        "addNote", new Case(ADD, Map.of("input", Map.of("board", board, "text", "Lakeside note")),
                                body -> assertThat(data(body, "addNote.note.board")).isEqualTo(board))))
                .withSubscriptions(Map.of("noteBoard",
                        "io.carepulse.notes.NotesGraphQlTest#anotherOrganisationsBoardOfTheSameNameShowsNothingOfIt"))
                .withNodes(Map.of(NotesController.TYPE, noteId))
                .untouchedWhen(() -> assertThat((List<?>) data(world.raw().postQuery(
                        TestTokens.staff(RIVERSIDE, Role.ADMIN), NOTES, Map.of("board", board)), "notes"))
                        .hasSize(1));
    }
}
