package org.carecoord.careteam;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.carecoord.web.PlainText;

/** What a coordinator enters for a member (POST and PUT); {@code periodStart} defaults to today. */
public record MemberDetails(
        @NotBlank @RoleCode String role,
        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 200) @PlainText String organisation,

        @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*", message = "must be a phone number")
        String phone,

        @Size(max = 254) @Email @PlainText String email,
        @NotNull Boolean takesPartInPlanning,
        @NotNull Boolean sharingConsented,
        LocalDate periodStart) {

    MemberDetails stripped() {
        return new MemberDetails(
                role,
                name.strip(),
                blankToNull(organisation),
                blankToNull(phone),
                blankToNull(email),
                takesPartInPlanning,
                sharingConsented,
                periodStart);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
