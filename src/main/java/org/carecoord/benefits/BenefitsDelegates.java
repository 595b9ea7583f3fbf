package org.carecoord.benefits;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.benefits.BenefitsForms.ActForm;
import org.carecoord.benefits.BenefitsForms.EscalationForm;
import org.carecoord.benefits.BenefitsForms.FollowUpForm;
import org.carecoord.benefits.BenefitsForms.ProblemForm;
import org.carecoord.benefits.BenefitsForms.RenewalForm;
import org.carecoord.benefits.BenefitsProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service steps of process {@code benefits-and-claims}: each reads its form once, records it, removes it. */
@Configuration(proxyBeanMethods = false)
class BenefitsDelegates {

    @Bean
    JavaDelegate saveBenefitProblemDelegate(BenefitProblemService problems) {
        return execution -> {
            ProblemForm form = ProblemForm.from(execution);
            problems.recordProblem(
                    problemId(execution),
                    form.summary(),
                    form.documents(),
                    form.documentsNote(),
                    CaseVariables.currentUser(execution));
            Var.removeAll(execution, ProblemForm.FIELDS);
        };
    }

    @Bean
    JavaDelegate recordBenefitActionDelegate(BenefitProblemService problems) {
        return execution -> {
            ActForm form = ActForm.from(execution);
            var recorded = problems.recordAction(
                    problemId(execution),
                    CaseVariables.caseId(execution),
                    form.action(),
                    form.appealDeadline(),
                    form.note(),
                    CaseVariables.currentUser(execution));
            Var.removeAll(execution, ActForm.FIELDS);
            Vars.FOLLOW_UP_DUE.set(execution, recorded.followUpDue());
            Vars.APPEAL_FILED.set(execution, recorded.appealFiled());
            if (recorded.appealFiled()) {
                Vars.APPEAL_DEADLINE_AT.set(execution, recorded.deadlineAt());
                Vars.APPEAL_WARNING_AT.set(execution, recorded.warningAt());
                Vars.APPEAL_DEADLINE_TEXT.set(execution, recorded.deadlineText());
            }
        };
    }

    @Bean
    JavaDelegate recordBenefitOutcomeDelegate(BenefitProblemService problems) {
        return execution -> {
            FollowUpForm form = FollowUpForm.from(execution);
            String outcome = problems.recordOutcome(
                    problemId(execution), form.outcome(), form.reason(), CaseVariables.currentUser(execution));
            Var.removeAll(execution, FollowUpForm.FIELDS);
            Vars.OUTCOME.set(execution, outcome);
        };
    }

    /** A manager's answer to an appeal deadline; input parameter {@code appealEscalation} names which one. */
    @Bean
    JavaDelegate recordAppealEscalationDelegate(BenefitProblemService problems) {
        return execution -> {
            EscalationForm form = EscalationForm.from(execution);
            problems.recordEscalation(
                    problemId(execution), form.which(), form.action(), CaseVariables.currentUser(execution));
            Var.removeAll(execution, EscalationForm.FIELDS);
        };
    }

    /** The renewal timer fired: is the task still needed, and for whom (the case may have a new coordinator)? */
    @Bean
    JavaDelegate checkRenewalNeededDelegate(CoverageRenewals renewals) {
        return execution -> {
            var check = renewals.renewalNeeded(
                    Vars.COVERAGE_ID.require(execution),
                    Vars.COVERAGE_ENDS_ON.require(execution),
                    CaseVariables.caseId(execution));
            Vars.RENEWAL_NEEDED.set(execution, check.needed());
            Vars.CASE_COORDINATOR.set(execution, check.coordinator());
        };
    }

    @Bean
    JavaDelegate recordCoverageRenewalDelegate(CoverageRenewals renewals) {
        return execution -> {
            RenewalForm form = RenewalForm.from(execution);
            renewals.recordRenewal(
                    Vars.COVERAGE_ID.require(execution), form.outcome(), CaseVariables.currentUser(execution));
            Var.removeAll(execution, RenewalForm.FIELDS);
        };
    }

    private static long problemId(DelegateExecution execution) {
        return Vars.BENEFIT_PROBLEM_ID.require(execution);
    }
}
