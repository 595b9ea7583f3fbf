package org.carecoord.discharge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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
        correlate(caseId, DischargeProcess.MESSAGE_PATIENT_WITHDREW, DischargeProcess.REASON_PATIENT_DECLINED, note,
                Map.of());
    }

    /** The patient died: discharge as {@code deceased}; the note gives the date of death. */
    @Transactional
    public void patientDeceased(long caseId, LocalDate dateOfDeath) {
        correlate(caseId, DischargeProcess.MESSAGE_PATIENT_DECEASED, DischargeProcess.REASON_DECEASED,
                "Date of death: " + dateOfDeath, Map.of(Vars.DATE_OF_DEATH.name(), dateOfDeath.toString()));
    }

    /** Another organisation takes over the patient's care: discharge as {@code transferred}. */
    @Transactional
    public void careTransferred(long caseId, String receivingOrganisation, String note) {
        correlate(caseId, DischargeProcess.MESSAGE_CARE_TRANSFERRED, DischargeProcess.REASON_TRANSFERRED, note,
                Map.of(Vars.RECEIVING_ORGANISATION.name(), receivingOrganisation));
    }

    /**
     * @throws org.carecoord.cases.CaseNotFoundException   if there is no such case
     * @throws org.carecoord.cases.CaseClosedException     if the case is finished or cancelled
     * @throws org.carecoord.cases.EpisodeNotWaitingException if no running process of the case waits for the message
     */
    private void correlate(long caseId, String message, String reason, String note, Map<String, Object> details) {
        CareCase careCase = cases.requireOpen(caseId);
        Map<String, Object> variables = new HashMap<>(details);
        variables.put(Vars.DISCHARGE_REASON.name(), reason);
        variables.put(Vars.DISCHARGE_NOTE.name(), note == null || note.isBlank() ? null : note.trim());
        episodes.deliver(careCase, message, variables);
    }
}
