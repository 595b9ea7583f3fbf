package org.carecoord.transitionalcare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.LatestFindings;
import org.carecoord.transitionalcare.TransitionalCareProcess.Fields;
import org.carecoord.transitionalcare.TransitionalCareProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.FormDates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service steps of the transitional-care path. Each reads its form's fields, records them on the hospital stay
 * and removes them from the process, so the next stay's forms start empty.
 */
@Configuration(proxyBeanMethods = false)
class TransitionalCareDelegates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /**
     * "Open transitional care": the reported stay becomes this subprocess's own, with its deadlines, and the case's
     * latest findings, which the LACE-only re-assessment keeps for the other instruments.
     */
    @Bean
    JavaDelegate openTransitionalCareDelegate(TransitionalCareService transitionalCare,
                                              LatestFindings latestFindings) {
        return execution -> {
            long stayId = ((Number) execution.getVariable(Vars.REPORTED_STAY_ID.name())).longValue();
            execution.removeVariable(Vars.REPORTED_STAY_ID.name());
            HospitalStay stay = transitionalCare.require(stayId);
            execution.setVariableLocal(Vars.HOSPITAL_STAY_ID.name(), stayId);
            execution.setVariableLocal(Vars.CONTACT_DUE.name(), Date.from(stay.contactDueAt()));
            execution.setVariableLocal(Vars.FACE_TO_FACE_DUE.name(), Date.from(stay.faceToFaceDueAt()));
            execution.setVariableLocal(Vars.FACILITY.name(), stay.facility());
            execution.setVariableLocal(Vars.DISCHARGED_ON.name(), DAY.format(stay.dischargedOn()));
            execution.setVariableLocal(Vars.LENGTH_OF_STAY_DAYS.name(), stay.lengthOfStayDays());
            execution.setVariablesLocal(latestFindings.of(stay.caseId()));
        };
    }

    /** "Record contact attempt": reached, or the second documented attempt, satisfies the requirement. */
    @Bean
    JavaDelegate recordTransitionalContactDelegate(TransitionalCareService transitionalCare) {
        return execution -> {
            boolean reached = TransitionalCareProcess.YES.equals(execution.getVariable(Fields.REACHED.name()));
            String channel = (String) execution.getVariable(Fields.CHANNEL.name());
            String note = (String) execution.getVariable(Fields.NOTE.name());
            boolean satisfied = transitionalCare.recordContactAttempt(stayId(execution), reached, channel, note,
                    CaseVariables.currentUser(execution));
            removeAll(execution, Fields.REACHED.name(), Fields.CHANNEL.name(), Fields.NOTE.name());
            execution.setVariableLocal(Vars.CONTACT_SATISFIED.name(), satisfied);
        };
    }

    @Bean
    JavaDelegate recordMedicationReconciliationDelegate(TransitionalCareService transitionalCare) {
        return execution -> {
            boolean discrepancies = TransitionalCareProcess.YES.equals(execution.getVariable(Fields.DISCREPANCIES.name()));
            transitionalCare.recordMedicationReconciliation(stayId(execution), discrepancies,
                    (String) execution.getVariable(Fields.MEDICATION_NOTE.name()), CaseVariables.currentUser(execution));
            removeAll(execution, Fields.DISCREPANCIES.name(), Fields.MEDICATION_NOTE.name());
        };
    }

    @Bean
    JavaDelegate recordFaceToFaceVisitDelegate(TransitionalCareService transitionalCare) {
        return execution -> {
            LocalDate visitDate = FormDates.parse(execution.getVariable(Fields.VISIT_DATE.name()));
            transitionalCare.recordFaceToFaceVisit(stayId(execution), visitDate,
                    (String) execution.getVariable(Fields.VISIT_CLINICIAN.name()),
                    (String) execution.getVariable(Fields.VISIT_NOTE.name()), CaseVariables.currentUser(execution));
            removeAll(execution, Fields.VISIT_DATE.name(), Fields.VISIT_CLINICIAN.name(), Fields.VISIT_NOTE.name());
        };
    }

    /** A manager's answer to a missed deadline; input parameter {@code missedDeadline} names which one. */
    @Bean
    JavaDelegate recordTransitionalDeadlineMissedDelegate(TransitionalCareService transitionalCare) {
        return execution -> {
            transitionalCare.recordDeadlineMissed(stayId(execution), (String) execution.getVariable("missedDeadline"),
                    (String) execution.getVariable(Fields.OVERDUE_ACTION.name()), CaseVariables.currentUser(execution));
            removeAll(execution, Fields.OVERDUE_ACTION.name());
        };
    }

    @Bean
    JavaDelegate closeTransitionalCareDelegate(TransitionalCareService transitionalCare) {
        return execution -> transitionalCare.close(stayId(execution));
    }

    private static long stayId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Vars.HOSPITAL_STAY_ID.name())).longValue();
    }

    private static void removeAll(DelegateExecution execution, String... names) {
        for (String name : names) {
            execution.removeVariable(name);
        }
    }
}
