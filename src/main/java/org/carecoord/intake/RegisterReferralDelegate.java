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
        if (execution.getVariable(Vars.CASE_ID.name()) != null) {
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
                text(execution, StartForm.FIRST_NAME.name()), text(execution, StartForm.LAST_NAME.name()),
                FormDates.parse(execution.getVariable(StartForm.DATE_OF_BIRTH.name())), text(execution, StartForm.SEX.name()),
                text(execution, StartForm.PHONE.name()), text(execution, StartForm.EMAIL.name()),
                text(execution, StartForm.ADDRESS.name()), text(execution, StartForm.PREFERRED_LANGUAGE.name()),
                text(execution, StartForm.GUARDIAN_NAME.name()));
        return new IntakeRequest(patient, text(execution, StartForm.PROGRAM.name()),
                text(execution, StartForm.REFERRAL_SOURCE.name()), text(execution, StartForm.REASON_FOR_REFERRAL.name()),
                text(execution, StartForm.URGENCY.name()));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

}
