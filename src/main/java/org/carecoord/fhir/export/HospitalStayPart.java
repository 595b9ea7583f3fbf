package org.carecoord.fhir.export;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;

/** Each reported hospital stay as a finished inpatient Encounter of the episode, with where the patient went. */
final class HospitalStayPart {

    private HospitalStayPart() {}

    static void add(CaseRecord record, BundleEntries entries, Reference patient, Reference episode) {
        for (CaseRecord.HospitalStay stay : record.hospitalStays()) {
            entries.add(encounter(stay, patient, episode), "hospital-stay-" + stay.id());
        }
    }

    static Encounter encounter(CaseRecord.HospitalStay stay, Reference patient, Reference episode) {
        var encounter = new Encounter();
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(FhirCodes.ACT_CODE, "IMP", "inpatient encounter"));
        encounter.setSubject(patient);
        encounter.addEpisodeOfCare(episode);
        encounter.setPeriod(Fhir.period(stay.admittedOn(), stay.dischargedOn()));
        encounter.setServiceProvider(Fhir.named(stay.facility()));
        encounter.getHospitalization().setDischargeDisposition(disposition(stay.disposition()));
        return encounter;
    }

    /** FHIR's discharge-disposition codes where one means the same; the rest as text. */
    private static org.hl7.fhir.r4.model.CodeableConcept disposition(String code) {
        String system = "http://terminology.hl7.org/CodeSystem/discharge-disposition";
        return switch (code) {
            case "home" -> Fhir.concept(system, "home", "Home");
            case "skilled-nursing" -> Fhir.concept(system, "snf", "Skilled nursing facility");
            case "rehabilitation" -> Fhir.concept(system, "rehab", "Rehabilitation");
            case "other" -> Fhir.concept(system, "oth", "Other");
            case "home-health" -> Fhir.text("Home with home health care");
            case "hospice" -> Fhir.text("Hospice");
            default -> Fhir.text(code);
        };
    }
}
