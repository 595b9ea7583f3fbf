package org.carecoord.careplan;

import org.carecoord.variables.JsonVariables;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.springframework.stereotype.Component;

/** "Suggest problems": the assessment's findings pre-check the problems of the draft form. */
@Component("suggestProblemsDelegate")
class SuggestProblemsDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<String> problems = ProblemSuggestions.suggest(AssessmentFindings.of(execution.getVariables())).stream()
                .map(Coded::code).toList();
        execution.setVariable(Vars.SUGGESTED_PROBLEMS.name(), JsonVariables.json(problems));
        execution.setVariable(DraftForm.PROBLEMS.name(), JsonVariables.json(problems));
    }
}
