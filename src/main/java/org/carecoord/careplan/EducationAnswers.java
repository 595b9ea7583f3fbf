package org.carecoord.careplan;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;

/** What the coordinator recorded in "Educate patient"; unchecked lists are empty. */
record EducationAnswers(List<String> topicsCovered, boolean teachBackConfirmed, List<String> materialsGiven) {

    static EducationAnswers from(VariableScope scope) {
        return new EducationAnswers(
                EducationForm.TOPICS_COVERED.get(scope, List.of()),
                Boolean.TRUE.equals(EducationForm.TEACH_BACK_CONFIRMED.get(scope)),
                EducationForm.MATERIALS_GIVEN.get(scope, List.of()));
    }
}
