package org.carecoord.cases;

import java.util.Locale;

/** Status of a care episode, following FHIR EpisodeOfCare.status. */
public enum CaseStatus {
    PLANNED,
    ACTIVE,
    FINISHED,
    CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this == PLANNED || this == ACTIVE;
    }

    public static CaseStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
