package org.carecoord.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carecoord.patient.Patient;
import org.carecoord.patient.PatientRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything a coordinator needs beside a task, in one read: the case and the patient, then one section per
 * feature ({@link CaseOverviewPart}). Under {@code /api/cases/{caseId}/}, so every opening is checked and audited.
 */
@RestController
class CaseOverviewController {

    /** The patient as the overview shows them: how to reach them and in which language. */
    record PatientSummary(
            String name,
            LocalDate dateOfBirth,
            int age,
            String sex,
            String phone,
            String email,
            String address,
            String preferredLanguage,
            String guardianName) {

        static PatientSummary of(Patient p, LocalDate today) {
            return new PatientSummary(
                    p.displayName(),
                    p.dateOfBirth(),
                    Period.between(p.dateOfBirth(), today).getYears(),
                    p.sex(),
                    p.phone(),
                    p.email(),
                    p.address(),
                    p.preferredLanguage(),
                    p.guardianName());
        }
    }

    private final CareCaseService cases;
    private final PatientRepository patients;
    private final List<CaseOverviewPart> parts;
    private final Clock clock;

    CaseOverviewController(
            CareCaseService cases, PatientRepository patients, List<CaseOverviewPart> parts, Clock clock) {
        this.cases = cases;
        this.patients = patients;
        this.parts = parts;
        this.clock = clock;
    }

    @GetMapping("/api/cases/{caseId}/overview")
    Map<String, Object> overview(@PathVariable long caseId) {
        CareCase careCase = cases.require(caseId);
        Patient patient = patients.findById(careCase.patientId()).orElseThrow();
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("caseId", careCase.id());
        overview.put("caseNumber", careCase.caseNumber());
        overview.put("status", careCase.status().code());
        overview.put("program", careCase.program());
        overview.put("urgency", careCase.urgency());
        overview.put("referralSource", careCase.referralSource());
        overview.put("reasonForReferral", careCase.reasonForReferral());
        overview.put("coordinator", careCase.coordinatorId());
        overview.put("openedAt", careCase.openedAt());
        overview.put("closedAt", careCase.closedAt());
        overview.put("patient", PatientSummary.of(patient, LocalDate.now(clock)));
        parts.forEach(part -> overview.put(part.section(), part.of(careCase)));
        return overview;
    }
}
