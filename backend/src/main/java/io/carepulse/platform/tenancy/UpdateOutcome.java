package io.carepulse.platform.tenancy;

/** What happened to an optimistic-concurrency update of one document. */
public sealed interface UpdateOutcome<T> {

    record Updated<T>(T document) implements UpdateOutcome<T> {
    }

    /** No such document in the caller's organisation. */
    record NotFound<T>() implements UpdateOutcome<T> {
    }

    /** The document exists but its version is not the expected one; nothing changed. */
    record Conflict<T>(int currentVersion) implements UpdateOutcome<T> {
    }
}
