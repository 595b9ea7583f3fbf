package org.carecoord.benefits;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.benefits.BenefitsProcess.Fields;
import org.carecoord.benefits.BenefitsProcess.Vars;
import org.carecoord.variables.Var;

/**
 * What each benefits-and-claims form answered, read once from the completed task's process. Each step records its
 * form on the benefit problem (or the coverage), then removes the fields, so a second round starts empty.
 */
final class BenefitsForms {

    private BenefitsForms() {}

    /** forms/benefits-and-claims-record-problem.form. */
    record ProblemForm(String summary, List<String> documents, String documentsNote) {

        static final List<Var<?>> FIELDS = List.of(Fields.SUMMARY, Fields.DOCUMENTS, Fields.DOCUMENTS_NOTE);

        static ProblemForm from(VariableScope scope) {
            return new ProblemForm(
                    Fields.SUMMARY.get(scope),
                    Fields.DOCUMENTS.get(scope, List.of()),
                    Fields.DOCUMENTS_NOTE.get(scope));
        }
    }

    /** forms/benefits-and-claims-act.form; {@code appealDeadline} is null when blank or not a date. */
    record ActForm(String action, LocalDate appealDeadline, String note) {

        static final List<Var<?>> FIELDS = List.of(Fields.ACTION, Fields.APPEAL_DEADLINE, Fields.ACTION_NOTE);

        static ActForm from(VariableScope scope) {
            return new ActForm(
                    Fields.ACTION.get(scope), Fields.APPEAL_DEADLINE.get(scope), Fields.ACTION_NOTE.get(scope));
        }
    }

    /** forms/benefits-and-claims-follow-up.form. */
    record FollowUpForm(String outcome, String reason) {

        static final List<Var<?>> FIELDS = List.of(Fields.OUTCOME, Fields.OUTCOME_REASON);

        static FollowUpForm from(VariableScope scope) {
            return new FollowUpForm(Fields.OUTCOME.get(scope), Fields.OUTCOME_REASON.get(scope));
        }
    }

    /** forms/benefits-and-claims-appeal-deadline.form, with which escalation it answers (the step's input). */
    record EscalationForm(String which, String action) {

        static final List<Var<?>> FIELDS = List.of(Fields.ESCALATION_ACTION);

        static EscalationForm from(VariableScope scope) {
            return new EscalationForm(Vars.APPEAL_ESCALATION.get(scope), Fields.ESCALATION_ACTION.get(scope));
        }
    }

    /** forms/benefits-and-claims-renew-coverage.form. */
    record RenewalForm(String outcome) {

        static final List<Var<?>> FIELDS = List.of(Fields.RENEWAL_OUTCOME);

        static RenewalForm from(VariableScope scope) {
            return new RenewalForm(Fields.RENEWAL_OUTCOME.get(scope));
        }
    }
}
