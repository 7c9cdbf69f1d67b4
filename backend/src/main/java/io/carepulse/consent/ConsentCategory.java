package io.carepulse.consent;

/** Kinds of a patient's information an authorization covers (164.508(c)(1)(i)). */
public enum ConsentCategory {
    NAME, PHOTO, VIDEO, VOICE, STORY, CONDITION, TREATMENT, AGE, LOCATION
}
