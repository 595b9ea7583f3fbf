package org.carecoord.forms;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.benefits.BenefitsProcess;
import org.carecoord.careplan.CarePlanningProcess.Barrier;
import org.carecoord.careplan.CarePlanningProcess.EducationTopic;
import org.carecoord.careplan.CarePlanningProcess.Problem;
import org.carecoord.careplan.CarePlanningProcess.Responsible;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.carecoord.cases.CareEpisodeProcess.SafetyAction;
import org.carecoord.discharge.DischargeProcess;
import org.carecoord.monitoring.MonitoringProcess;

/**
 * The static option lists forms name by {@code valuesKey}, one enum each (STYLE 13): adding a problem is one edit
 * of {@link Problem}. They are not process variables: engine REST adds them to a task's form variables when a form
 * is loaded, and the submission check reads the same lists, so nothing is stored in the engine's history. A process
 * variable of the same name (e.g. {@code providerOptions}) comes first.
 */
public final class OptionLists {

    public static final String PROBLEMS = "problemOptions";
    public static final String SERVICES = "serviceOptions";
    public static final String RESPONSIBLE = "responsibleOptions";
    public static final String BARRIERS = "barrierOptions";
    public static final String EDUCATION_TOPICS = "educationTopicOptions";
    public static final String FREQUENCY_ANSWERS = "frequencyAnswerOptions";
    public static final String ADL_ANSWERS = "adlAnswerOptions";
    public static final String SAFETY_ANSWERS = "safetyAnswerOptions";
    public static final String SAFETY_ACTIONS = "safetyActionOptions";
    public static final String FOOD_ANSWERS = "foodAnswerOptions";
    public static final String YES_NO = "yesNoOptions";
    public static final String GOAL_REVIEW_OUTCOMES = "goalReviewOutcomeOptions";
    public static final String CONTACT_CHANNELS = "contactChannelOptions";
    public static final String DISCHARGE_GOAL_OUTCOMES = "dischargeGoalOutcomeOptions";
    public static final String BENEFIT_DOCUMENTS = "benefitDocumentOptions";
    public static final String BENEFIT_ACTIONS = "benefitActionOptions";
    public static final String BENEFIT_OUTCOMES = "benefitOutcomeOptions";
    public static final String APPEAL_ESCALATION_ACTIONS = "appealEscalationActionOptions";
    public static final String RENEWAL_OUTCOMES = "renewalOutcomeOptions";

    private static final Map<String, List<? extends FormOption>> LISTS = lists();

    private OptionLists() {}

    private static Map<String, List<? extends FormOption>> lists() {
        var lists = new LinkedHashMap<String, List<? extends FormOption>>();
        lists.put(PROBLEMS, Arrays.asList(Problem.values()));
        lists.put(SERVICES, Arrays.asList(Service.values()));
        lists.put(RESPONSIBLE, Arrays.asList(Responsible.values()));
        lists.put(BARRIERS, Arrays.asList(Barrier.values()));
        lists.put(EDUCATION_TOPICS, Arrays.asList(EducationTopic.values()));
        lists.put(FREQUENCY_ANSWERS, AssessmentProcess.FREQUENCY_ANSWERS);
        lists.put(ADL_ANSWERS, AssessmentProcess.ADL_ANSWERS);
        lists.put(SAFETY_ANSWERS, AssessmentProcess.SAFETY_ANSWERS);
        lists.put(SAFETY_ACTIONS, Arrays.asList(SafetyAction.values()));
        lists.put(FOOD_ANSWERS, AssessmentProcess.FOOD_ANSWERS);
        lists.put(YES_NO, Arrays.asList(YesNo.values()));
        lists.put(GOAL_REVIEW_OUTCOMES, Arrays.asList(MonitoringProcess.GoalOutcome.values()));
        lists.put(CONTACT_CHANNELS, Arrays.asList(MonitoringProcess.ContactChannel.values()));
        lists.put(DISCHARGE_GOAL_OUTCOMES, Arrays.asList(DischargeProcess.GoalOutcome.values()));
        lists.put(BENEFIT_DOCUMENTS, Arrays.asList(BenefitsProcess.Document.values()));
        lists.put(BENEFIT_ACTIONS, Arrays.asList(BenefitsProcess.Action.values()));
        lists.put(BENEFIT_OUTCOMES, Arrays.asList(BenefitsProcess.Outcome.values()));
        lists.put(APPEAL_ESCALATION_ACTIONS, Arrays.asList(BenefitsProcess.EscalationAction.values()));
        lists.put(RENEWAL_OUTCOMES, Arrays.asList(BenefitsProcess.RenewalOutcome.values()));
        return Map.copyOf(lists);
    }

    /** The valuesKeys served here. */
    public static Set<String> keys() {
        return LISTS.keySet();
    }

    /** The list as form-js reads it, {@code [{label, value}]}; null when no list has that key. */
    public static ArrayNode of(String valuesKey) {
        List<? extends FormOption> options = valuesKey == null ? null : LISTS.get(valuesKey);
        if (options == null) {
            return null;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        options.forEach(option -> list.addObject().put("label", option.label()).put("value", option.code()));
        return list;
    }
}
