package org.carecoord.conference;

import java.util.Arrays;

/** What a case conference may decide; "change the plan" leads to a new plan version through care-planning. */
enum ConferenceDecision {
    CHANGE_PLAN("change-plan", "Change the care plan (a new plan version)"),
    CONTINUE_PLAN("continue-plan", "Continue the plan as it is"),
    NEW_REFERRAL("new-referral", "Refer to a new service"),
    MEDICATION_REVIEW("medication-review", "Review the medications"),
    FAMILY_SUPPORT("family-support", "Involve family or caregivers more"),
    NEXT_CONFERENCE("next-conference", "Meet again");

    private final String code;
    private final String label;

    ConferenceDecision(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(d -> d.code.equals(code));
    }
}
