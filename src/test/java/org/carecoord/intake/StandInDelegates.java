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

    public record SavedConsent(long caseId, String decision) {
    }

    public record Cancellation(long caseId, String reason, String summary) {
    }

    public final List<String> registeredCaseNumbers = new ArrayList<>();
    public final List<SavedConsent> savedConsents = new ArrayList<>();
    public final List<Long> assignedCases = new ArrayList<>();
    public final List<Cancellation> cancellations = new ArrayList<>();
    private int assignmentFailuresToCome;

    private StandInDelegates() {
    }

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
        if (execution.getVariable(Vars.CASE_ID.name()) != null) {
            return;
        }
        String caseNumber = caseNumber(REGISTERED_CASE_ID);
        LocalDate dateOfBirth = LocalDate.parse((String) execution.getVariable(StartForm.DATE_OF_BIRTH.name()));
        Object guardianName = execution.getVariable(StartForm.GUARDIAN_NAME.name());
        execution.setProcessBusinessKey(caseNumber);
        execution.removeVariables(StartForm.PATIENT_FIELDS);
        execution.setVariable(Vars.CASE_ID.name(), REGISTERED_CASE_ID);
        execution.setVariable(Vars.CASE_NUMBER.name(), caseNumber);
        execution.setVariable(Vars.AGE.name(), Period.between(dateOfBirth, TODAY).getYears());
        execution.setVariable(Vars.GUARDIAN_NAMED.name(), guardianName != null && !guardianName.toString().isBlank());
        registeredCaseNumbers.add(caseNumber);
    }

    private void saveConsent(DelegateExecution execution) {
        String decision = (String) execution.getVariable(IntakeProcess.Vars.CONSENT_DECISION.name());
        savedConsents.add(new SavedConsent(caseId(execution), decision));
        execution.removeVariables(List.of(IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                IntakeProcess.Vars.CONTACT_PREFERENCE.name(), IntakeProcess.Vars.CONTACT_TIMES.name(),
                IntakeProcess.Vars.CONSENT_GIVEN_BY.name(), IntakeProcess.Vars.CONSENT_GIVEN_BY_NAME.name(),
                IntakeProcess.Vars.CONSENT_METHOD.name()));
        if (!IntakeProcess.CONSENT_GIVEN.equals(decision)) {
            execution.setVariable(IntakeProcess.Vars.CANCELLATION_REASON.name(), IntakeProcess.REASON_CONSENT_DECLINED);
        }
    }

    private void assignCoordinator(DelegateExecution execution) {
        long caseId = caseId(execution);
        if (assignmentFailuresToCome > 0) {
            assignmentFailuresToCome--;
            throw new IllegalStateException("case service unreachable");
        }
        assignedCases.add(caseId);
        execution.setVariable(Vars.CASE_COORDINATOR.name(), COORDINATOR);
        execution.setVariable(Vars.INTAKE_OUTCOME.name(), CareEpisodeProcess.INTAKE_ACCEPTED);
    }

    private void cancelEpisode(DelegateExecution execution) {
        Object referredTo = execution.getVariable(IntakeProcess.Vars.REFERRED_TO.name());
        Object note = execution.getVariable(IntakeProcess.Vars.REFER_ELSEWHERE_NOTE.name());
        cancellations.add(new Cancellation(caseId(execution),
                (String) execution.getVariable(IntakeProcess.Vars.CANCELLATION_REASON.name()),
                referredTo == null ? null : "Referred to " + referredTo + (note == null ? "" : ": " + note)));
        execution.setVariable(Vars.INTAKE_OUTCOME.name(), CareEpisodeProcess.INTAKE_CANCELLED);
    }

    /** As the real delegates do: a missing case id is a bug in the model, so it fails loudly. */
    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Vars.CASE_ID.name())).longValue();
    }
}
