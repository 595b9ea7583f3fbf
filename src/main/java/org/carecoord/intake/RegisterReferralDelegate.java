package org.carecoord.intake;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/**
 * "Register referral": a walk-in started from the Tasklist start form becomes a patient and a planned episode; the
 * form's personal details then leave the process. Referrals from the API arrive registered and pass straight on.
 * Invalid input or a patient with an open episode rolls the start back with a message naming the fields or the case.
 */
@Component("registerReferralDelegate")
class RegisterReferralDelegate implements JavaDelegate {

    private final IntakeService intake;
    private final CareCaseService cases;
    private final Validator validator;

    RegisterReferralDelegate(IntakeService intake, CareCaseService cases, Validator validator) {
        this.intake = intake;
        this.cases = cases;
        this.validator = validator;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (Vars.CASE_ID.get(execution) != null) {
            return;
        }
        IntakeRequest request = IntakeRequest.fromStartForm(execution);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new BadUserRequestException(new InvalidReferralException(violations).getMessage());
        }
        Registration registration;
        try {
            registration = intake.register(request, CaseVariables.currentUser(execution));
        } catch (OpenEpisodeExistsException e) {
            // Tasklist shows this message in the start dialog; nothing is saved. The cause carries the case number
            // to engine REST's error mapping (409 naming the case).
            throw new BadUserRequestException(e.getMessage(), e);
        }
        execution.setProcessBusinessKey(registration.careCase().caseNumber());
        Var.removeAll(execution, StartForm.PATIENT_FIELDS);
        execution.setVariables(registration.processVariables(intake.today()));
        cases.attachProcess(registration.careCase().id(), execution.getProcessInstanceId());
    }
}
