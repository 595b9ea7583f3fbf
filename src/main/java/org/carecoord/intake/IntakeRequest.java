package org.carecoord.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.variables.Var;
import org.carecoord.web.OneOf;
import org.carecoord.web.PlainText;

/** A referral into care coordination: who the patient is and why they are referred. */
public record IntakeRequest(
        @NotNull @Valid PatientDetails patient,

        @NotNull @OneOf({"chronic-care", "transitional-care", "behavioral-health", "community-support"})
        String program,

        @NotBlank @Size(max = 100) @PlainText String referralSource,

        @NotBlank @Size(max = 2000) @PlainText(multiline = true)
        String reasonForReferral,

        @NotNull @OneOf({"routine", "urgent"}) String urgency) {

    /** The walk-in start form in Tasklist as submitted (blank fields are null), to be validated like an API call. */
    static IntakeRequest fromStartForm(VariableScope scope) {
        var patient = new PatientDetails(
                text(scope, StartForm.FIRST_NAME),
                text(scope, StartForm.LAST_NAME),
                StartForm.DATE_OF_BIRTH.get(scope),
                text(scope, StartForm.SEX),
                text(scope, StartForm.PHONE),
                text(scope, StartForm.EMAIL),
                text(scope, StartForm.ADDRESS),
                text(scope, StartForm.PREFERRED_LANGUAGE),
                text(scope, StartForm.GUARDIAN_NAME),
                null);
        return new IntakeRequest(
                patient,
                text(scope, StartForm.PROGRAM),
                text(scope, StartForm.REFERRAL_SOURCE),
                text(scope, StartForm.REASON_FOR_REFERRAL),
                text(scope, StartForm.URGENCY));
    }

    private static String text(VariableScope scope, Var<String> field) {
        String value = field.get(scope);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
