package io.carepulse.phi;

/**
 * One suspected identifier: its type, severity and the span {@code [start, end)} of the scanned
 * text. The matched text itself is deliberately not kept, so findings can be stored and logged
 * without copying the PHI they point at.
 */
public record PhiFinding(PhiType type, PhiType.Severity severity, int start, int end) {

    static PhiFinding of(PhiType type, int start, int end) {
        return new PhiFinding(type, type.severity(), start, end);
    }

    boolean overlaps(PhiFinding other) {
        return start < other.end && other.start < end;
    }
}
