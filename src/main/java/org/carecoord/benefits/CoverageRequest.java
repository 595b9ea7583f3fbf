package org.carecoord.benefits;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carecoord.web.OneOf;
import org.carecoord.web.PlainText;

/**
 * A coverage as the API takes it (POST and PUT: the whole coverage). {@code periodEnd} may be left out for an
 * open-ended coverage; {@code status} defaults to {@code active}.
 */
record CoverageRequest(
        @NotBlank @Size(max = 200) @PlainText String payor,
        @Size(max = 200) @PlainText String plan,
        @NotBlank @Size(max = 64) @PlainText String subscriberId,
        @Size(max = 64) @PlainText String group,
        @NotNull LocalDate periodStart,
        LocalDate periodEnd,
        @NotNull @Min(1) @Max(2) Integer order,
        @OneOf({Coverage.ACTIVE, Coverage.CANCELLED}) String status) {

    String statusOrActive() {
        return status == null ? Coverage.ACTIVE : status;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
