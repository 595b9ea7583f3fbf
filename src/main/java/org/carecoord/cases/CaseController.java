package org.carecoord.cases;

import org.carecoord.patient.PatientRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case beside a task: who the patient is, where the episode stands and who coordinates it. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CareCaseService cases;
    private final PatientRepository patients;

    CaseController(CareCaseService cases, PatientRepository patients) {
        this.cases = cases;
        this.patients = patients;
    }

    @GetMapping("/{caseId}")
    CaseView get(@PathVariable long caseId) {
        CareCase careCase = cases.require(caseId);
        var patient = patients.findById(careCase.patientId()).orElseThrow();
        return CaseView.of(careCase, patient);
    }
}
