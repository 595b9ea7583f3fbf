package org.carecoord.careteam;

import java.util.Arrays;
import java.util.Optional;

/** A care-team member's role (FHIR CareTeam.participant.role), one list for the API, the Case tab and mail. */
public enum CareTeamRole {
    PRIMARY_CARE_PHYSICIAN("primary-care-physician", "Primary care physician"),
    SPECIALIST("specialist", "Specialist"),
    BEHAVIORAL_HEALTH("behavioral-health", "Behavioral health"),
    PHARMACIST("pharmacist", "Pharmacist"),
    SOCIAL_WORKER("social-worker", "Social worker"),
    COMMUNITY_HEALTH_WORKER("community-health-worker", "Community health worker"),
    HOME_CARE("home-care", "Home care"),
    FAMILY_CAREGIVER("family-caregiver", "Family caregiver"),
    OTHER("other", "Other");

    /** The coordinator's role on the derived first row; not a role a member can be given. */
    public static final String COORDINATOR_CODE = "care-coordinator";

    public static final String COORDINATOR_LABEL = "Care coordinator";

    private final String code;
    private final String label;

    CareTeamRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<CareTeamRole> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** A stored code's label (a code of a later version reads as itself). */
    static String labelOf(String code) {
        if (COORDINATOR_CODE.equals(code)) {
            return COORDINATOR_LABEL;
        }
        return of(code).map(CareTeamRole::label).orElse(code);
    }
}
