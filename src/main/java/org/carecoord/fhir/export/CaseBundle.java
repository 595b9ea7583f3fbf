package org.carecoord.fhir.export;

import java.time.Instant;
import java.util.Date;

import org.carecoord.cases.CareCase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** A case's record as a FHIR R4 Bundle of type collection, every resource under its stable id. */
final class CaseBundle {

    private CaseBundle() {}

    static Bundle of(CaseRecord record, Instant now) {
        CareCase c = record.careCase();
        var bundle = new Bundle();
        bundle.setId("case-" + c.id());
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(now));
        if (c.caseNumber() != null) {
            bundle.setIdentifier(
                    new Identifier().setSystem(FhirCodes.CASE_NUMBER).setValue(c.caseNumber()));
        }
        var entries = new BundleEntries(bundle);
        Reference patient = entries.add(
                PatientPart.of(record.patient()),
                String.valueOf(record.patient().id()));
        Reference coordinator = c.coordinatorId() == null
                ? null
                : entries.add(EpisodePart.coordinator(c.coordinatorId(), record.coordinatorName()), c.coordinatorId());
        Reference team = BundleEntries.reference("CareTeam", "careteam-" + c.id());
        Reference episode = entries.add(
                EpisodePart.episode(record, patient, coordinator, team),
                c.caseNumber() != null ? c.caseNumber() : "case-" + c.id());
        entries.add(EpisodePart.careTeam(record, patient, coordinator), "careteam-" + c.id());
        PlanPart.add(record, entries, patient, team);
        ReferralPart.add(record, entries, patient, coordinator);
        AdministrativePart.add(record, entries, patient);
        AssessmentPart.add(record, entries, patient);
        HospitalStayPart.add(record, entries, patient, episode);
        return bundle;
    }
}
