package org.carecoord.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.JsonVariables;
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
        int attempt = ((Number) execution.getVariable(Vars.CONTACT_ATTEMPT.name())).intValue();
        ContactReport report = ContactReport.from(execution.getVariables(), CaseVariables.caseId(execution), attempt);
        monitoring.recordContact(report, CaseVariables.currentUser(execution));
        String outcome = report.outcome();
        execution.setVariable(Vars.CONTACT_OUTCOME.name(), outcome);
        execution.setVariable(Vars.REASSESSMENT_NEEDED.name(), report.reassessmentNeeded());
        execution.setVariable(Vars.NEW_SERVICE_NEEDS.name(), JsonVariables.json(report.newNeeds()));
        if (MonitoringProcess.OUTCOME_NOT_REACHED.equals(outcome)) {
            execution.setVariable(Vars.CONTACT_ATTEMPT.name(), attempt + 1);
        }
        if (!MonitoringProcess.OUTCOME_EPISODE_ENDS.equals(outcome)) {
            // Tasklist fills a form from the variables of its fields: the next attempt must not show this one's
            // answers (an appointment left in would be booked and reminded twice). An ending keeps them for the note.
            execution.removeVariables(ContactForm.ALL);
        }
    }
}
