package org.carecoord.intake;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.notification.MailTemplate;
import org.carecoord.notification.Outbox;
import org.carecoord.notification.OutboxMessage;
import org.carecoord.notification.PatientContact;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * "Assign coordinator": the least-loaded coordinator takes the case, which becomes active. The patient gets the
 * welcome mail naming their coordinator, once, if they consented to be contacted by e-mail and have an address.
 */
@Component("assignCoordinatorDelegate")
class AssignCoordinatorDelegate implements JavaDelegate {

    private final CareCaseService cases;
    private final PatientContact patients;
    private final Outbox outbox;

    AssignCoordinatorDelegate(CareCaseService cases, PatientContact patients, Outbox outbox) {
        this.cases = cases;
        this.patients = patients;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        String coordinator = cases.assignCoordinator(caseId);
        patients.byEmail(caseId)
                .ifPresent(patient -> outbox.enqueue(new OutboxMessage(
                        "case:" + caseId + ":welcome",
                        caseId,
                        patient.email(),
                        MailTemplate.WELCOME,
                        Map.of(
                                "firstName",
                                patient.firstName(),
                                "coordinatorName",
                                patients.coordinatorName(coordinator),
                                "contactPhone",
                                patients.contactPhone()))));
        Vars.CASE_COORDINATOR.set(execution, coordinator);
        Vars.INTAKE_OUTCOME.set(execution, CareEpisodeProcess.INTAKE_ACCEPTED);
    }
}
