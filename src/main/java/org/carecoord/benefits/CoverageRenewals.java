package org.carecoord.benefits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.benefits.BenefitsProcess.RenewalOutcome;
import org.carecoord.benefits.BenefitsProcess.Vars;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Component;

/**
 * The renewal watch of each coverage: one {@code benefits-and-claims} instance per coverage and end date, started
 * by message {@code CoverageEnding}, whose timer raises "Help the patient renew coverage" 30 days before the end.
 * A changed end date ends the old instance and starts one for the new date (rather than moving the old timer): the
 * old instance may already have raised its task, which is then moot, and each end date keeps its own history. An
 * unchanged end date leaves the watch alone, so the task is raised once per coverage and end date.
 */
@Component
class CoverageRenewals {

    static final String END_DATE_CHANGED = "coverage end date changed or coverage cancelled";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** Whether the task is still needed when the timer fires, and whom it goes to now. */
    record RenewalCheck(boolean needed, String coordinator) {}

    private final CoverageRepository coverages;
    private final CareCaseService cases;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final BusinessCalendar calendar;
    private final Clock clock;

    CoverageRenewals(
            CoverageRepository coverages,
            CareCaseService cases,
            RuntimeService runtime,
            IdentityService identity,
            BusinessCalendar calendar,
            Clock clock) {
        this.coverages = coverages;
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Starts, keeps, replaces or ends the coverage's watch after it was saved through {@code careCase}. */
    void coverageSaved(CareCase careCase, Coverage coverage) {
        var current = coverages.renewalWatch(coverage.id());
        LocalDate end = coverage.periodEnd();
        boolean wanted = Coverage.ACTIVE.equals(coverage.status()) && end != null && !end.isBefore(calendar.today());
        if (wanted && current.isPresent() && end.equals(current.get().end())) {
            return;
        }
        current.ifPresent(watch -> endIfRunning(watch.processInstanceId()));
        if (!wanted) {
            coverages.watchRenewal(coverage.id(), null, null);
            return;
        }
        VariableMap variables = Vars.CASE_ID.with(careCase.id());
        Vars.CASE_NUMBER.put(variables, careCase.caseNumber());
        Vars.CASE_COORDINATOR.put(variables, careCase.coordinatorId());
        Vars.COVERAGE_ID.put(variables, coverage.id());
        Vars.COVERAGE_ENDS_ON.put(variables, end.toString());
        Vars.COVERAGE_ENDS_ON_TEXT.put(variables, DAY.format(end));
        Vars.COVERAGE_PAYOR.put(variables, coverage.payor());
        Vars.RENEWAL_DUE_AT.put(variables, renewalDueAt(end));
        Vars.RENEWAL_TASK_DUE.put(
                variables, Date.from(calendar.endOfBusinessDay(end).toInstant()));
        String instance = EngineAsApplication.call(
                identity,
                () -> runtime.startProcessInstanceByMessage(
                                BenefitsProcess.MESSAGE_COVERAGE_ENDING, careCase.caseNumber(), variables)
                        .getId());
        coverages.watchRenewal(coverage.id(), end, instance);
    }

    /** The start of the day 30 days before the coverage ends, in the business calendar's zone. */
    Date renewalDueAt(LocalDate end) {
        ZonedDateTime day = calendar.endOfBusinessDay(end.minusDays(BenefitsProcess.RENEWAL_DAYS_BEFORE_END));
        return Date.from(day.truncatedTo(ChronoUnit.DAYS).toInstant());
    }

    /**
     * When the timer fires: the coverage is still active with the same end date, and the case is open (a discharged
     * patient's coverage is no longer the coordinator's work).
     */
    RenewalCheck renewalNeeded(long coverageId, String endsOn, long caseId) {
        return decide(openCase(caseId), coverages.find(coverageId), endsOn);
    }

    static RenewalCheck decide(Optional<CareCase> openCase, Optional<Coverage> coverage, String endsOn) {
        boolean needed = openCase.isPresent()
                && coverage.filter(c -> Coverage.ACTIVE.equals(c.status()))
                        .filter(c -> c.periodEnd() != null
                                && c.periodEnd().toString().equals(endsOn))
                        .isPresent();
        return new RenewalCheck(needed, openCase.map(CareCase::coordinatorId).orElse(null));
    }

    Optional<CareCase> openCase(long caseId) {
        return cases.find(caseId).filter(c -> c.status().isOpen());
    }

    void recordRenewal(long coverageId, String outcome, String actor) {
        if (outcome == null || Coded.fromCode(RenewalOutcome.class, outcome).isEmpty()) {
            throw new BadUserRequestException("The renewal cannot be recorded: choose one of the outcomes.");
        }
        coverages.renewalOutcome(coverageId, outcome, actor, Instant.now(clock));
    }

    private void endIfRunning(String processInstanceId) {
        EngineAsApplication.run(identity, () -> {
            if (runtime.createProcessInstanceQuery()
                            .processInstanceId(processInstanceId)
                            .count()
                    > 0) {
                runtime.deleteProcessInstance(processInstanceId, END_DATE_CHANGED);
            }
        });
    }
}
