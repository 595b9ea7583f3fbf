package org.carecoord.transitionalcare;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.carecoord.web.OneOf;
import org.carecoord.web.PlainText;

/**
 * A hospital's discharge of the patient, as reported to the care team (ADT feed, discharge summary, phone call).
 *
 * @param disposition where the patient went: {@code home}, {@code home-health}, {@code skilled-nursing},
 *                    {@code rehabilitation}, {@code hospice}, {@code other}
 */
public record HospitalDischargeReport(
        @NotBlank @Size(max = 200) @PlainText String facility,
        @NotNull @PastOrPresent LocalDate admittedOn,
        @NotNull @PastOrPresent LocalDate dischargedOn,

        @NotNull @OneOf({"home", "home-health", "skilled-nursing", "rehabilitation", "hospice", "other"})
        String disposition) {}
