package org.carecoord.fhir.export;

import org.carecoord.patient.Patient;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;

/** The patient as FHIR Patient: the hospital's medical record number, name, birth date, gender, phone and e-mail, address, language, guardian. */
final class PatientPart {

    private PatientPart() {}

    static org.hl7.fhir.r4.model.Patient of(Patient p) {
        var patient = new org.hl7.fhir.r4.model.Patient();
        patient.addName(new HumanName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(p.lastName())
                .addGiven(p.firstName()));
        if (Fhir.present(p.mrn())) {
            // the referring hospital's medical record number, as a FHIR referral or an ADT message brought it
            patient.addIdentifier()
                    .setUse(org.hl7.fhir.r4.model.Identifier.IdentifierUse.USUAL)
                    .setType(Fhir.concept(
                            "http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"))
                    .setValue(p.mrn());
        }
        patient.setBirthDateElement(Fhir.day(p.dateOfBirth()));
        patient.setGender(AdministrativeGender.fromCode(p.sex()));
        if (Fhir.present(p.phone())) {
            patient.addTelecom(new ContactPoint()
                    .setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(p.phone()));
        }
        if (Fhir.present(p.email())) {
            patient.addTelecom(new ContactPoint()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(p.email()));
        }
        if (Fhir.present(p.address())) {
            // CareCoord keeps the address as the patient gave it, not split into lines and fields
            patient.addAddress(new Address().setUse(Address.AddressUse.HOME).setText(p.address()));
        }
        patient.addCommunication()
                .setLanguage(Fhir.concept(FhirCodes.LANGUAGE, p.preferredLanguage(), null)
                        .setText(p.preferredLanguage()))
                .setPreferred(true);
        if (Fhir.present(p.guardianName())) {
            patient.addContact()
                    .addRelationship(Fhir.concept(FhirCodes.ROLE_CODE, "GUARD", "guardian"))
                    .setName(new HumanName().setText(p.guardianName()));
        }
        return patient;
    }
}
