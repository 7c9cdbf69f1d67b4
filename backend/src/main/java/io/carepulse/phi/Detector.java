package io.carepulse.phi;

import java.util.List;

/** One family of identifiers. Detectors add what they find; the scanner merges overlaps. */
interface Detector {

    void detect(String text, List<PhiFinding> findings);
}
