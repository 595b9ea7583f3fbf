package org.carecoord.patient;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A person receiving care coordination; matched across episodes by the hospital's medical record number when a
 * referral carries one, else by name and date of birth.
 */
public record Patient(
        Long id,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String sex,
        String phone,
        String email,
        String address,
        String preferredLanguage,
        String guardianName,
        // the referring hospital's medical record number (FHIR Patient.identifier of type MR); null when unknown
        String mrn) {

    public String displayName() {
        return firstName + " " + lastName;
    }

    /** The identity used for matching: trimmed, case-insensitive names plus date of birth. */
    public String matchKey() {
        return normalise(firstName) + "|" + normalise(lastName) + "|" + dateOfBirth;
    }

    public Patient withId(Long newId) {
        return new Patient(
                newId,
                firstName,
                lastName,
                dateOfBirth,
                sex,
                phone,
                email,
                address,
                preferredLanguage,
                guardianName,
                mrn);
    }

    private static String normalise(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
