package org.carecoord.assessment;

import java.util.List;

import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.assessment.AssessmentProcess.Fields;

/**
 * Form answers as Tasklist submits them, for the assessment's process tests and ITs. (A plain class: ITs must not
 * load a *ProcessTest, whose engine extension would register a second engine named "default".)
 */
public final class AssessmentAnswers {

    private AssessmentAnswers() {}

    public static VariableMap mood(int... phq9) {
        VariableMap answers = Fields.PHQ9_ADMINISTERED.with(true);
        for (int i = 0; i < phq9.length; i++) {
            Fields.PHQ9_ITEMS.get(i).put(answers, String.valueOf(phq9[i]));
        }
        Fields.GAD7_ADMINISTERED.put(answers, true);
        Fields.GAD7_ITEMS.forEach(item -> item.put(answers, "0"));
        return answers;
    }

    public static VariableMap socialNeedsNone() {
        VariableMap answers = Fields.HRSN_ADMINISTERED.with(true);
        Fields.LIVING_SITUATION.put(answers, "steady");
        Fields.HOUSING_PROBLEM_LIST.put(answers, List.of("none"));
        Fields.FOOD_WORRY.put(answers, "never");
        Fields.FOOD_RAN_OUT.put(answers, "never");
        Fields.TRANSPORTATION_ANSWER.put(answers, "no");
        Fields.UTILITY_SHUTOFF_THREAT.put(answers, "no");
        Fields.SAFETY_HURT.put(answers, "1");
        Fields.SAFETY_INSULT.put(answers, "1");
        Fields.SAFETY_THREATEN.put(answers, "1");
        Fields.SAFETY_SCREAM.put(answers, "1");
        return answers;
    }

    public static VariableMap dailyLiving(int independent) {
        VariableMap answers = Fields.ADL_ADMINISTERED.with(true);
        for (int i = 0; i < Fields.ADL_ITEMS.size(); i++) {
            Fields.ADL_ITEMS.get(i).put(answers, i < independent ? AssessmentProcess.ADL_INDEPENDENT : "dependent");
        }
        return answers;
    }

    public static VariableMap lace(int lengthOfStay, String admissionType, int charlson, int edVisits) {
        VariableMap answers = Fields.LACE_ADMINISTERED.with(true);
        Fields.LENGTH_OF_STAY_DAYS.put(answers, lengthOfStay);
        Fields.ADMISSION_TYPE.put(answers, admissionType);
        Fields.CHARLSON_INDEX.put(answers, charlson);
        return Fields.ED_VISITS_6M.put(answers, edVisits);
    }
}
