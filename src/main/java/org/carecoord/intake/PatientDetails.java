package org.carecoord.intake;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.carecoord.web.OneOf;
import org.carecoord.web.PlainText;

/** The patient as the referral describes them. At least one of phone, e-mail or address is needed. */
@Contactable
public record PatientDetails(
        @NotBlank @Size(max = 100) @PlainText String firstName,
        @NotBlank @Size(max = 100) @PlainText String lastName,
        @NotNull @PlausibleBirthDate LocalDate dateOfBirth,

        @NotNull @OneOf({"female", "male", "other", "unknown"})
        String sex,

        @Size(max = 30)
        @Pattern(
                regexp = "\\+?[0-9][0-9 ()./-]{5,28}[0-9]",
                message = "must be a phone number of digits, spaces and + ( ) - . /")
        String phone,

        @Size(max = 254) @PlainText @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        String email,

        @Size(max = 300) @PlainText(multiline = true) String address,

        @NotBlank
        @Size(max = 35)
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en, es or pt-BR")
        String preferredLanguage,

        @Size(max = 200) @PlainText String guardianName,

        // the referring hospital's medical record number, when the referral carries one (optional)
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]*", message = "must be letters, digits, '.' and '-'")
        String mrn) {

    boolean hasContact() {
        return isPresent(phone) || isPresent(email) || isPresent(address);
    }

    boolean hasGuardian() {
        return isPresent(guardianName);
    }

    private static boolean isPresent(String value) {
        return value != null && !value.isBlank();
    }
}
