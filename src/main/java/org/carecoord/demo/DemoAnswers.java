package org.carecoord.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.GoalRow;
import org.carecoord.careplan.CarePlanningProcess.InterventionRow;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.variables.JsonVariables;

/** Answers a coordinator might give, for the demo cases that stand in assessment and care planning. */
final class DemoAnswers {

    private DemoAnswers() {}

    static VariableMap mood(int[] phq9, int[] gad7) {
        VariableMap answers = Fields.PHQ9_ADMINISTERED.with(true);
        Fields.GAD7_ADMINISTERED.put(answers, true);
        for (int i = 0; i < phq9.length; i++) {
            Fields.PHQ9_ITEMS.get(i).put(answers, String.valueOf(phq9[i]));
        }
        for (int i = 0; i < gad7.length; i++) {
            Fields.GAD7_ITEMS.get(i).put(answers, String.valueOf(gad7[i]));
        }
        return answers;
    }

    static VariableMap socialNeeds(String foodWorry, String transportation) {
        VariableMap answers = Fields.HRSN_ADMINISTERED.with(true);
        Fields.LIVING_SITUATION.put(answers, "steady");
        Fields.HOUSING_PROBLEM_LIST.put(answers, List.of("none"));
        Fields.FOOD_WORRY.put(answers, foodWorry);
        Fields.FOOD_RAN_OUT.put(answers, "never");
        Fields.TRANSPORTATION_ANSWER.put(answers, transportation);
        Fields.UTILITY_SHUTOFF_THREAT.put(answers, "no");
        List.of(Fields.SAFETY_HURT, Fields.SAFETY_INSULT, Fields.SAFETY_THREATEN, Fields.SAFETY_SCREAM)
                .forEach(item -> item.put(answers, "1"));
        return answers;
    }

    static VariableMap dailyLiving(int independent) {
        VariableMap answers = Fields.ADL_ADMINISTERED.with(true);
        for (int i = 0; i < Fields.ADL_ITEMS.size(); i++) {
            Fields.ADL_ITEMS.get(i).put(answers, i < independent ? AssessmentProcess.ADL_INDEPENDENT : "dependent");
        }
        return answers;
    }

    static VariableMap readmissionRisk(int lengthOfStay, int charlson, int edVisits) {
        VariableMap answers = Fields.LACE_ADMINISTERED.with(true);
        Fields.LENGTH_OF_STAY_DAYS.put(answers, lengthOfStay);
        Fields.ADMISSION_TYPE.put(answers, AssessmentProcess.ADMISSION_EMERGENCY);
        Fields.CHARLSON_INDEX.put(answers, charlson);
        Fields.ED_VISITS_6M.put(answers, edVisits);
        return answers;
    }

    /** A high-risk plan after a hip fracture: readmission, transport and function. */
    static Map<String, Object> carePlanAfterHipFracture(LocalDate today) {
        Map<String, Object> plan = new HashMap<>();
        plan.put(DraftForm.PROBLEMS.name(), JsonVariables.json(List.of("readmission", "transportation", "function")));
        plan.put(
                DraftForm.GOAL_1.name(),
                goal(
                        "readmission",
                        "No hospital readmission in the next 30 days",
                        "Readmissions within 30 days = 0",
                        today.plusDays(30)));
        plan.put(
                DraftForm.GOAL_2.name(),
                goal(
                        "transportation",
                        "Gets to every follow-up appointment",
                        "Appointments attended / scheduled",
                        today.plusDays(60)));
        plan.put(
                DraftForm.GOAL_3.name(),
                goal(
                        "function",
                        "Walks to the kitchen and bathroom safely with a walker",
                        "Falls reported = 0; home care notes",
                        today.plusDays(45)));
        plan.put(
                DraftForm.INTERVENTION_1.name(),
                intervention(
                        "readmission",
                        "Medication reconciliation with the pharmacist",
                        "coordinator",
                        today.plusDays(2)));
        plan.put(
                DraftForm.INTERVENTION_2.name(),
                intervention(
                        "transportation",
                        "Book medical transport for the orthopedic follow-up",
                        "community-service",
                        today.plusDays(5)));
        plan.put(
                DraftForm.INTERVENTION_3.name(),
                intervention("function", "Home physical therapy twice a week", "provider", today.plusDays(7)));
        plan.put(DraftForm.BARRIERS.name(), JsonVariables.json(List.of("transportation", "caregiver")));
        plan.put(DraftForm.EDUCATION_TOPICS.name(), JsonVariables.json(List.of("medications", "fall-prevention")));
        plan.put(DraftForm.REFERRAL_SERVICES.name(), JsonVariables.json(List.of("home-care", "transportation")));
        return plan;
    }

    /** A medium-risk plan for food insecurity and low mood, with a food-bank referral. */
    static Map<String, Object> carePlanForFoodAndMood(LocalDate today, List<String> referralServices) {
        Map<String, Object> plan = new HashMap<>();
        plan.put(DraftForm.PROBLEMS.name(), JsonVariables.json(List.of("food", "mood")));
        plan.put(
                DraftForm.GOAL_1.name(),
                goal("food", "Enough food every week", "Food ran out in the last month: never", today.plusDays(90)));
        plan.put(DraftForm.GOAL_2.name(), goal("mood", "Feels well most days", "PHQ-9 below 5", today.plusDays(120)));
        plan.put(
                DraftForm.INTERVENTION_1.name(),
                intervention("food", "Enrol with the county food bank", "community-service", today.plusDays(14)));
        plan.put(
                DraftForm.INTERVENTION_2.name(),
                intervention("mood", "Weekly check-in call about mood and sleep", "coordinator", today.plusDays(7)));
        plan.put(DraftForm.BARRIERS.name(), JsonVariables.json(List.of()));
        plan.put(DraftForm.EDUCATION_TOPICS.name(), JsonVariables.json(List.of("diet-nutrition")));
        plan.put(DraftForm.REFERRAL_SERVICES.name(), JsonVariables.json(referralServices));
        return plan;
    }

    /** An outreach contact that reached the patient by phone. */
    static Map<String, Object> outreachReached(long minutes, String status, String note) {
        Map<String, Object> contact = new HashMap<>();
        contact.put(ContactForm.REACHED.name(), MonitoringProcess.YES);
        contact.put(ContactForm.CHANNEL.name(), "phone");
        contact.put(ContactForm.MINUTES_SPENT.name(), minutes);
        contact.put(ContactForm.PATIENT_STATUS.name(), status);
        contact.put(ContactForm.MEDICATION_CONCERNS.name(), false);
        contact.put(ContactForm.NOTE.name(), note);
        return contact;
    }

    /** An outreach call nobody answered. */
    static Map<String, Object> outreachNotReached(long minutes) {
        Map<String, Object> contact = new HashMap<>();
        contact.put(ContactForm.REACHED.name(), MonitoringProcess.NO);
        contact.put(ContactForm.CHANNEL.name(), "phone");
        contact.put(ContactForm.MINUTES_SPENT.name(), minutes);
        contact.put(ContactForm.NOTE.name(), "No answer; left a voicemail.");
        return contact;
    }

    private static Object goal(String problem, String description, String measure, LocalDate target) {
        return JsonVariables.json(Map.of(
                GoalRow.PROBLEM,
                problem,
                GoalRow.DESCRIPTION,
                description,
                GoalRow.MEASURE,
                measure,
                GoalRow.TARGET_DATE,
                target.toString()));
    }

    private static Object intervention(String problem, String action, String responsible, LocalDate due) {
        return JsonVariables.json(Map.of(
                InterventionRow.PROBLEM,
                problem,
                InterventionRow.ACTION,
                action,
                InterventionRow.RESPONSIBLE,
                responsible,
                InterventionRow.DUE_DATE,
                due.toString()));
    }
}
