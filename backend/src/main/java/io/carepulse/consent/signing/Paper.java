package io.carepulse.consent.signing;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The page size of the copy: US Letter where HIPAA applies, A4 elsewhere. */
public enum Paper {
    LETTER(PDRectangle.LETTER), A4(PDRectangle.A4);

    final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }
}
