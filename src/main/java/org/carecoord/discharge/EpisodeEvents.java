package org.carecoord.discharge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
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
    private final RuntimeService runtime;
    private final IdentityService identity;

    EpisodeEvents(CareCaseService cases, RuntimeService runtime, IdentityService identity) {
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
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
                "Date of death: " + dateOfDeath, Map.of(Vars.DATE_OF_DEATH, dateOfDeath.toString()));
    }

    /** Another organisation takes over the patient's care: discharge as {@code transferred}. */
    @Transactional
    public void careTransferred(long caseId, String receivingOrganisation, String note) {
        correlate(caseId, DischargeProcess.MESSAGE_CARE_TRANSFERRED, DischargeProcess.REASON_TRANSFERRED, note,
                Map.of(Vars.RECEIVING_ORGANISATION, receivingOrganisation));
    }

    /**
     * @throws org.carecoord.cases.CaseNotFoundException if there is no such case
     * @throws CaseClosedException                         if the case is finished or cancelled
     * @throws NoEpisodeWaitingException                   if no running process of the case waits for the message
     */
    private void correlate(long caseId, String message, String reason, String note, Map<String, Object> details) {
        CareCase careCase = cases.require(caseId);
        if (!careCase.status().isOpen()) {
            throw new CaseClosedException(careCase.caseNumber());
        }
        Map<String, Object> variables = new HashMap<>(details);
        variables.put(Vars.DISCHARGE_REASON, reason);
        variables.put(Vars.DISCHARGE_NOTE, note == null || note.isBlank() ? null : note.trim());
        // Reporting is checked by group before we get here; coordinators hold no engine grant to update instances.
        var reporter = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(careCase.caseNumber())
                    .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException noneOrSeveral) {
            throw new NoEpisodeWaitingException(careCase.caseNumber(), message);
        } finally {
            if (reporter != null) {
                identity.setAuthentication(reporter);
            }
        }
    }

    /** The case is closed: nothing can end it again. */
    public static class CaseClosedException extends RuntimeException {
        CaseClosedException(String caseNumber) {
            super("case " + caseNumber + " is closed");
        }
    }

    /** No running process of the case waits for the event (e.g. its discharge is already under way). */
    public static class NoEpisodeWaitingException extends RuntimeException {
        NoEpisodeWaitingException(String caseNumber, String message) {
            super("no process of case " + caseNumber + " waits for " + message);
        }
    }
}
