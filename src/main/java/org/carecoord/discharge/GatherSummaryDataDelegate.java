package org.carecoord.discharge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.discharge.DischargeProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.JsonVariables;
import org.springframework.stereotype.Component;

/** "Gather goals and scores": the plan's goals (one form row each) and the latest scores for the summary form. */
@Component("gatherDischargeSummaryDataDelegate")
class GatherSummaryDataDelegate implements JavaDelegate {

    private final DischargeService discharges;

    GatherSummaryDataDelegate(DischargeService discharges) {
        this.discharges = discharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var data = discharges.summaryData(CaseVariables.caseId(execution), Vars.CARE_PLAN_ID.get(execution));
        for (int row = 0; row < Math.min(data.goals().size(), DischargeProcess.MAX_GOALS); row++) {
            Vars.GOAL_LABELS.get(row).set(execution, data.goals().get(row).label());
        }
        List<Map<String, Object>> scores = data.assessment()
                .map(assessment -> assessment.scores().stream()
                        .map(score -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("instrument", score.instrument());
                            row.put("score", score.score() == null ? "" : String.valueOf(score.score()));
                            row.put(
                                    "band",
                                    score.band() == null ? "" : score.band().replace('-', ' '));
                            return row;
                        })
                        .toList())
                .orElse(List.of());
        Vars.FINAL_SCORES.set(execution, JsonVariables.tree(scores));
        Vars.FINAL_RISK_TIER.set(
                execution,
                data.assessment().map(assessment -> assessment.riskTier()).orElse(null));
    }
}
