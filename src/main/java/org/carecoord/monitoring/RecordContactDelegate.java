package org.carecoord.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/** "Record contact": the attempt goes on the case record, reminders are queued, and the outcome routes the process. */
@Component("recordContactDelegate")
class RecordContactDelegate implements JavaDelegate {

    private final MonitoringService monitoring;

    RecordContactDelegate(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int attempt = Vars.CONTACT_ATTEMPT.require(execution);
        ContactReport report = ContactReport.from(execution, CaseVariables.caseId(execution), attempt);
        monitoring.recordContact(report, CaseVariables.currentUser(execution));
        String outcome = report.outcome();
        Vars.CONTACT_OUTCOME.set(execution, outcome);
        Vars.REASSESSMENT_NEEDED.set(execution, report.reassessmentNeeded());
        Vars.NEW_SERVICE_NEEDS.set(execution, report.newNeeds());
        if (MonitoringProcess.OUTCOME_NOT_REACHED.equals(outcome)) {
            Vars.CONTACT_ATTEMPT.set(execution, attempt + 1);
        }
        if (!MonitoringProcess.OUTCOME_EPISODE_ENDS.equals(outcome)) {
            // Tasklist fills a form from the variables of its fields: the next attempt must not show this one's
            // answers (an appointment left in would be booked and reminded twice). An ending keeps them for the note.
            Var.removeAll(execution, ContactForm.ALL);
        }
    }
}
