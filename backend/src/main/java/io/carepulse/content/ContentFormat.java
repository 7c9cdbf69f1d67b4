package io.carepulse.content;

import java.util.Set;

/** What kind of post an item is; some need citations, some a patient's consent. */
public enum ContentFormat {
    HEALTH_TIP, ARTICLE, VIDEO, INFOGRAPHIC, IMAGE, PODCAST, POLL, QUIZ, PATIENT_STORY, BEHIND_THE_SCENES,
    LIVE_QA_PROMO, EVENT, USER_GENERATED;

    /** Formats whose health claims a clinical reviewer approves only with citations. */
    static final Set<ContentFormat> NEEDS_CITATIONS = Set.of(HEALTH_TIP, ARTICLE, INFOGRAPHIC, VIDEO);

    /** Formats about a patient: they need a consent and a compliance review. */
    public boolean isAboutAPatient() {
        return this == PATIENT_STORY || this == USER_GENERATED;
    }
}
