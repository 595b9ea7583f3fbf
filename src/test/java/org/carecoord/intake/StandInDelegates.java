package org.carecoord.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;

/**
 * Stand-ins for the Spring delegates of the episode and the intake, registered under their bean names: each does to
 * the process what the real delegate does (same variables set and removed) and records what it was called with, in
 * place of the case record. Call {@link Mocks#reset()} after each test.
 */
public final class StandInDelegates {

    /** The coordinator the stand-in assignment picks. */
    public static final String COORDINATOR = "coordinator.dana";
    /** The stand-in registration's "today", so that a walk-in's age is fixed. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** The id the stand-in registration gives a walk-in's new case. */
    public static final long REGISTERED_CASE_ID = 901L;

    public record SavedConsent(long caseId, String decision) {}

    public record Cancellation(long caseId, String reason, String summary) {}

    public final List<String> registeredCaseNumbers = new ArrayList<>();
    public final List<SavedConsent> savedConsents = new ArrayList<>();
    public final List<Long> assignedCases = new ArrayList<>();
    public final List<Cancellation> cancellations = new ArrayList<>();
    private int assignmentFailuresToCome;

    private StandInDelegates() {}

    public static StandInDelegates register() {
        StandInDelegates delegates = new StandInDelegates();
        Mocks.register("registerReferralDelegate", (JavaDelegate) delegates::registerReferral);
        Mocks.register("saveConsentDelegate", (JavaDelegate) delegates::saveConsent);
        Mocks.register("assignCoordinatorDelegate", (JavaDelegate) delegates::assignCoordinator);
        Mocks.register("cancelEpisodeDelegate", (JavaDelegate) delegates::cancelEpisode);
        return delegates;
    }

    /** The next {@code times} assignments fail as if the case service were unreachable. */
    public void failAssignments(int times) {
        assignmentFailuresToCome = times;
    }

    public static String caseNumber(long caseId) {
        return "CC-%d-%06d".formatted(TODAY.getYear(), caseId);
    }

    private void registerReferral(DelegateExecution execution) {
        if (Vars.CASE_ID.get(execution) != null) {
            return;
        }
        String caseNumber = caseNumber(REGISTERED_CASE_ID);
        IntakeRequest walkIn = IntakeRequest.fromStartForm(execution);
        execution.setProcessBusinessKey(caseNumber);
        Var.removeAll(execution, StartForm.PATIENT_FIELDS);
        Vars.CASE_ID.set(execution, REGISTERED_CASE_ID);
        Vars.CASE_NUMBER.set(execution, caseNumber);
        Vars.AGE.set(
                execution, Period.between(walkIn.patient().dateOfBirth(), TODAY).getYears());
        Vars.GUARDIAN_NAMED.set(execution, walkIn.patient().hasGuardian());
        registeredCaseNumbers.add(caseNumber);
    }

    private void saveConsent(DelegateExecution execution) {
        Consent consent = Consent.fromForm(execution);
        savedConsents.add(new SavedConsent(consent.caseId(), consent.decision()));
        Var.removeAll(execution, IntakeProcess.Vars.CONSENT_DETAILS);
        if (!consent.given()) {
            IntakeProcess.Vars.CANCELLATION_REASON.set(execution, IntakeProcess.REASON_CONSENT_DECLINED);
        }
    }

    private void assignCoordinator(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        if (assignmentFailuresToCome > 0) {
            assignmentFailuresToCome--;
            throw new IllegalStateException("case service unreachable");
        }
        assignedCases.add(caseId);
        Vars.CASE_COORDINATOR.set(execution, COORDINATOR);
        Vars.INTAKE_OUTCOME.set(execution, CareEpisodeProcess.INTAKE_ACCEPTED);
    }

    private void cancelEpisode(DelegateExecution execution) {
        cancellations.add(new Cancellation(
                CaseVariables.caseId(execution),
                IntakeProcess.Vars.CANCELLATION_REASON.get(execution),
                ReferElsewhereForm.from(execution).summary()));
        Vars.INTAKE_OUTCOME.set(execution, CareEpisodeProcess.INTAKE_CANCELLED);
    }
}
