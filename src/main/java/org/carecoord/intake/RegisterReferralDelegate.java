package org.carecoord.intake;


import jakarta.validation.Validator;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.cases.CareCaseService;
import org.carecoord.variables.FormDates;
import org.carecoord.variables.CaseVariables;
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
        if (execution.getVariable(Vars.CASE_ID) != null) {
            return;
        }
        IntakeRequest request = fromStartForm(execution);
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
        execution.removeVariables(StartForm.PATIENT_FIELDS);
        execution.setVariables(registration.processVariables(intake.today()));
        cases.attachProcess(registration.careCase().id(), execution.getProcessInstanceId());
    }

    private static IntakeRequest fromStartForm(DelegateExecution execution) {
        var patient = new PatientDetails(
                text(execution, StartForm.FIRST_NAME), text(execution, StartForm.LAST_NAME),
                FormDates.parse(execution.getVariable(StartForm.DATE_OF_BIRTH)), text(execution, StartForm.SEX),
                text(execution, StartForm.PHONE), text(execution, StartForm.EMAIL),
                text(execution, StartForm.ADDRESS), text(execution, StartForm.PREFERRED_LANGUAGE),
                text(execution, StartForm.GUARDIAN_NAME));
        return new IntakeRequest(patient, text(execution, StartForm.PROGRAM),
                text(execution, StartForm.REFERRAL_SOURCE), text(execution, StartForm.REASON_FOR_REFERRAL),
                text(execution, StartForm.URGENCY));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

}
