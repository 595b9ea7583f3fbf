package org.carecoord.discharge;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.discharge.DischargeProcess.SummaryForm;

/** What the coordinator confirmed in "Prepare discharge summary": the reason, each goal row's achievement, notes. */
record SummaryAnswers(String reason, List<String> goalOutcomes, String note, String receivingOrganisation) {

    static SummaryAnswers from(VariableScope scope) {
        return new SummaryAnswers(
                SummaryForm.DISCHARGE_REASON.get(scope),
                SummaryForm.GOAL_OUTCOMES.stream()
                        .map(outcome -> outcome.get(scope))
                        .toList(),
                SummaryForm.SUMMARY_NOTE.get(scope),
                SummaryForm.RECEIVING_ORGANISATION.get(scope));
    }
}
