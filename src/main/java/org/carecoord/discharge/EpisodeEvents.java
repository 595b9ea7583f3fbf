package org.carecoord.discharge;

import java.time.LocalDate;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.EpisodeMessages;
import org.carecoord.discharge.DischargeProcess.Vars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events that end a patient's episode (withdrawal, death, transfer of care), passed to the running episode as
 * messages by business key. The one place that correlates them; callers check who may report them.
 */
@Service
public class EpisodeEvents {

    private final CareCaseService cases;
    private final EpisodeMessages episodes;

    EpisodeEvents(CareCaseService cases, EpisodeMessages episodes) {
        this.cases = cases;
        this.episodes = episodes;
    }

    /** The patient withdrew from care coordination: discharge as {@code patient-declined}. */
    @Transactional
    public void patientWithdrew(long caseId, String note) {
        correlate(
                caseId,
                DischargeProcess.MESSAGE_PATIENT_WITHDREW,
                DischargeProcess.REASON_PATIENT_DECLINED,
                note,
                Variables.createVariables());
    }

    /** The patient died: discharge as {@code deceased}; the note gives the date of death. */
    @Transactional
    public void patientDeceased(long caseId, LocalDate dateOfDeath) {
        correlate(
                caseId,
                DischargeProcess.MESSAGE_PATIENT_DECEASED,
                DischargeProcess.REASON_DECEASED,
                "Date of death: " + dateOfDeath,
                Vars.DATE_OF_DEATH.with(dateOfDeath));
    }

    /** Another organisation takes over the patient's care: discharge as {@code transferred}. */
    @Transactional
    public void careTransferred(long caseId, String receivingOrganisation, String note) {
        correlate(
                caseId,
                DischargeProcess.MESSAGE_CARE_TRANSFERRED,
                DischargeProcess.REASON_TRANSFERRED,
                note,
                Vars.RECEIVING_ORGANISATION.with(receivingOrganisation));
    }

    /**
     * @throws org.carecoord.cases.CaseNotFoundException   if there is no such case
     * @throws org.carecoord.cases.CaseClosedException     if the case is finished or cancelled
     * @throws org.carecoord.cases.EpisodeNotWaitingException if no running process of the case waits for the message
     */
    private void correlate(long caseId, String message, String reason, String note, VariableMap details) {
        CareCase careCase = cases.requireOpen(caseId);
        Vars.DISCHARGE_REASON.put(details, reason);
        Vars.DISCHARGE_NOTE.put(details, note == null || note.isBlank() ? null : note.trim());
        episodes.deliver(careCase, message, details);
    }
}
