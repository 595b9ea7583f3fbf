package org.carecoord.intake;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.intake.IntakeProcess.Vars;

/** The "Refer elsewhere" form: where an ineligible patient was referred instead; both null when it was not used. */
record ReferElsewhereForm(String referredTo, String note) {

    static ReferElsewhereForm from(VariableScope scope) {
        return new ReferElsewhereForm(Vars.REFERRED_TO.get(scope), Vars.REFER_ELSEWHERE_NOTE.get(scope));
    }

    /** The line kept with the cancelled case (at most 500 characters), or null when nobody was referred. */
    String summary() {
        if (referredTo == null) {
            return null;
        }
        String text = "Referred to " + referredTo + (note == null ? "" : ": " + note);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
