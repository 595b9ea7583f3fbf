package org.carecoord.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carecoord.web.OneOf;
import org.carecoord.web.PlainText;

/** A referral into care coordination: who the patient is and why they are referred. */
public record IntakeRequest(
        @NotNull @Valid PatientDetails patient,
        @NotNull @OneOf({"chronic-care", "transitional-care", "behavioral-health", "community-support"})
        String program,
        @NotBlank @Size(max = 100) @PlainText String referralSource,
        @NotBlank @Size(max = 2000) @PlainText(multiline = true) String reasonForReferral,
        @NotNull @OneOf({"routine", "urgent"}) String urgency) {
}
