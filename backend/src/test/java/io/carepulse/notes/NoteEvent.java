package io.carepulse.notes;

/** What each event of a board carries. */
record NoteEvent(String noteId, String text) {
}
