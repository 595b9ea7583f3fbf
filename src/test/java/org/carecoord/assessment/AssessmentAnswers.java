package org.carecoord.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carecoord.assessment.AssessmentProcess.Fields;

/**
 * Form answers as Tasklist submits them, for the assessment's process tests and ITs. (A plain class: ITs must not
 * load a *ProcessTest, whose engine extension would register a second engine named "default".)
 */
public final class AssessmentAnswers {

    private AssessmentAnswers() {
    }

    public static Map<String, Object> mood(int... phq9) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(Fields.PHQ9_ADMINISTERED.name(), true);
        for (int i = 0; i < phq9.length; i++) {
            answers.put(Fields.PHQ9_ITEMS.get(i), String.valueOf(phq9[i]));
        }
        answers.put(Fields.GAD7_ADMINISTERED.name(), true);
        Fields.GAD7_ITEMS.forEach(item -> answers.put(item, "0"));
        return answers;
    }

    public static Map<String, Object> socialNeedsNone() {
        Map<String, Object> answers = new HashMap<>();
        answers.put(Fields.HRSN_ADMINISTERED.name(), true);
        answers.put(Fields.LIVING_SITUATION.name(), "steady");
        answers.put(Fields.HOUSING_PROBLEM_LIST.name(), org.carecoord.variables.JsonVariables.json(List.of("none")));
        answers.put(Fields.FOOD_WORRY.name(), "never");
        answers.put(Fields.FOOD_RAN_OUT.name(), "never");
        answers.put(Fields.TRANSPORTATION_ANSWER.name(), "no");
        answers.put(Fields.UTILITY_SHUTOFF_THREAT.name(), "no");
        answers.put(Fields.SAFETY_HURT.name(), "1");
        answers.put(Fields.SAFETY_INSULT.name(), "1");
        answers.put(Fields.SAFETY_THREATEN.name(), "1");
        answers.put(Fields.SAFETY_SCREAM.name(), "1");
        return answers;
    }

    public static Map<String, Object> dailyLiving(int independent) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(Fields.ADL_ADMINISTERED.name(), true);
        for (int i = 0; i < Fields.ADL_ITEMS.size(); i++) {
            answers.put(Fields.ADL_ITEMS.get(i), i < independent ? AssessmentProcess.ADL_INDEPENDENT : "dependent");
        }
        return answers;
    }

    public static Map<String, Object> lace(long lengthOfStay, String admissionType, long charlson, long edVisits) {
        return Map.of(Fields.LACE_ADMINISTERED.name(), true, Fields.LENGTH_OF_STAY_DAYS.name(), lengthOfStay,
                Fields.ADMISSION_TYPE.name(), admissionType, Fields.CHARLSON_INDEX.name(), charlson, Fields.ED_VISITS_6M.name(), edVisits);
    }
}
