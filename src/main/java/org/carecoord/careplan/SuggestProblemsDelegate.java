package org.carecoord.careplan;

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
        List<String> problems = ProblemSuggestions.suggest(AssessmentFindings.from(execution)).stream()
                .map(Coded::code)
                .toList();
        Vars.SUGGESTED_PROBLEMS.set(execution, problems);
        DraftForm.PROBLEMS.set(execution, problems);
    }
}
