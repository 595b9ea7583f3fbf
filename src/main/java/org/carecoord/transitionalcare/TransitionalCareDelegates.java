package org.carecoord.transitionalcare;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.LatestFindings;
import org.carecoord.transitionalcare.TransitionalCareForms.ContactForm;
import org.carecoord.transitionalcare.TransitionalCareForms.FaceToFaceVisitForm;
import org.carecoord.transitionalcare.TransitionalCareForms.MedicationReconciliationForm;
import org.carecoord.transitionalcare.TransitionalCareForms.OverdueForm;
import org.carecoord.transitionalcare.TransitionalCareProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service steps of process {@code transitional-care}, and the episode's hand-over of a reported stay to it. Each
 * step reads its form once, records it on the hospital stay and removes the fields from the process.
 */
@Configuration(proxyBeanMethods = false)
class TransitionalCareDelegates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /**
     * In the episode, as its event subprocess starts: the stay reported with the message becomes this subprocess's
     * own, so the episode keeps no stay and a second stay's subprocess gets its own.
     */
    @Bean
    ExecutionListener takeReportedHospitalStayListener() {
        return execution -> {
            Long stayId = Vars.REPORTED_STAY_ID.require(execution);
            Vars.REPORTED_STAY_ID.remove(execution);
            Vars.HOSPITAL_STAY_ID.setLocal(execution, stayId);
        };
    }

    /**
     * "Open transitional care": the stay's deadlines and what its forms show, and the case's latest findings, which
     * the LACE-only re-assessment keeps for the other instruments.
     */
    @Bean
    JavaDelegate openTransitionalCareDelegate(TransitionalCareService transitionalCare, LatestFindings latestFindings) {
        return execution -> {
            HospitalStay stay = transitionalCare.require(stayId(execution));
            Vars.CONTACT_DUE.set(execution, Date.from(stay.contactDueAt()));
            Vars.FACE_TO_FACE_DUE.set(execution, Date.from(stay.faceToFaceDueAt()));
            Vars.FACILITY.set(execution, stay.facility());
            Vars.DISCHARGED_ON.set(execution, DAY.format(stay.dischargedOn()));
            Vars.LENGTH_OF_STAY_DAYS.set(execution, stay.lengthOfStayDays());
            // the risk-tier inputs by the names DMN risk-tier takes them (MonitoringProcess.Vars.FINDINGS)
            latestFindings
                    .of(stay.caseId())
                    .forEach((name, value) -> Var.of(name, Object.class).set(execution, value));
        };
    }

    /** "Record contact attempt": reached, or the second documented attempt, satisfies the requirement. */
    @Bean
    JavaDelegate recordTransitionalContactDelegate(TransitionalCareService transitionalCare) {
        return execution -> {
            ContactForm form = ContactForm.from(execution);
            boolean satisfied = transitionalCare.recordContactAttempt(
                    stayId(execution),
                    form.reached(),
                    form.channel(),
                    form.note(),
                    CaseVariables.currentUser(execution));
            Var.removeAll(execution, ContactForm.FIELDS);
            Vars.CONTACT_SATISFIED.setLocal(execution, satisfied);
        };
    }

    @Bean
    JavaDelegate recordMedicationReconciliationDelegate(TransitionalCareService transitionalCare) {
        return execution -> {
            MedicationReconciliationForm form = MedicationReconciliationForm.from(execution);
            transitionalCare.recordMedicationReconciliation(
                    stayId(execution), form.discrepancies(), form.note(), CaseVariables.currentUser(execution));
            Var.removeAll(execution, MedicationReconciliationForm.FIELDS);
        };
    }

    @Bean
    JavaDelegate recordFaceToFaceVisitDelegate(TransitionalCareService transitionalCare) {
        return execution -> {
            FaceToFaceVisitForm form = FaceToFaceVisitForm.from(execution);
            transitionalCare.recordFaceToFaceVisit(
                    stayId(execution),
                    form.visitDate(),
                    form.clinician(),
                    form.note(),
                    CaseVariables.currentUser(execution));
            Var.removeAll(execution, FaceToFaceVisitForm.FIELDS);
        };
    }

    /** A manager's answer to a missed deadline; input parameter {@code missedDeadline} names which one. */
    @Bean
    JavaDelegate recordTransitionalDeadlineMissedDelegate(TransitionalCareService transitionalCare) {
        return execution -> {
            OverdueForm form = OverdueForm.from(execution);
            transitionalCare.recordDeadlineMissed(
                    stayId(execution), form.missedDeadline(), form.action(), CaseVariables.currentUser(execution));
            Var.removeAll(execution, OverdueForm.FIELDS);
        };
    }

    @Bean
    JavaDelegate closeTransitionalCareDelegate(TransitionalCareService transitionalCare) {
        return execution -> transitionalCare.close(stayId(execution));
    }

    private static long stayId(DelegateExecution execution) {
        return Vars.HOSPITAL_STAY_ID.require(execution);
    }
}
