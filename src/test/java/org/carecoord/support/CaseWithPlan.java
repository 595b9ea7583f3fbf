package org.carecoord.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carecoord.assessment.AssessmentAnswers;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.variables.JsonVariables;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case taken the real way (intake API, consent, assessment, plan agreed and taught, one outreach contact) to an
 * active plan with a goal, an intervention, a food-assistance referral and a contact: what the Case tab shows.
 */
public record CaseWithPlan(long caseId, String caseNumber, String patientName, String coordinator) {

    public static final String GOAL = "Enough food every week";
    public static final String INTERVENTION = "Enrol in the county food pantry";
    public static final String CONTACT_NOTE = "Pantry visit booked for Friday";

    public static CaseWithPlan create(int port, ApplicationContext context, String firstName) {
        TaskService tasks = context.getBean(TaskService.class);
        IdentityService identity = context.getBean(IdentityService.class);
        ManagementService management = context.getBean(ManagementService.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String lastName = IntakeApiITFixtures.uniqueName();
        var referral = new Api(port)
                .post(
                        "/api/intakes",
                        "manager",
                        IntakeApiITFixtures.referral(firstName, lastName, "1952-07-07", "routine")
                                .replace("\"hospital\"", "\"primary-care\""))
                .json();
        long caseId = referral.get("caseId").asLong();
        String caseNumber = referral.get("caseNumber").asText();
        var steps = new Steps(tasks, identity, caseNumber);

        steps.complete(
                "manager",
                IntakeProcess.TASK_RECORD_CONSENT,
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_GIVEN,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(management);
        String coordinator =
                jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
        steps.complete(
                coordinator, AssessmentProcess.TASK_SCREEN_MOOD, AssessmentAnswers.mood(1, 1, 1, 1, 1, 1, 1, 1, 0));
        var socialNeeds = AssessmentAnswers.socialNeedsNone();
        socialNeeds.put(Fields.FOOD_WORRY.name(), "sometimes");
        steps.complete(coordinator, AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS, socialNeeds);
        steps.complete(coordinator, AssessmentProcess.TASK_ASSESS_DAILY_LIVING, AssessmentAnswers.dailyLiving(6));
        steps.complete(
                coordinator,
                CarePlanningProcess.TASK_DRAFT_CARE_PLAN,
                Map.of(
                        DraftForm.PROBLEMS.name(), JsonVariables.json(List.of("food", "mood")),
                        DraftForm.GOAL_1.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "food",
                                        "description",
                                        GOAL,
                                        "measure",
                                        "Food ran out: never",
                                        "targetDate",
                                        "2027-02-28")),
                        DraftForm.INTERVENTION_1.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "food",
                                        "action",
                                        INTERVENTION,
                                        "responsible",
                                        "community-service",
                                        "dueDate",
                                        "12/15/2026")),
                        DraftForm.BARRIERS.name(), JsonVariables.json(List.of("cost")),
                        DraftForm.EDUCATION_TOPICS.name(), JsonVariables.json(List.of("diet-nutrition")),
                        DraftForm.REFERRAL_SERVICES.name(), JsonVariables.json(List.of("food-assistance"))));
        steps.complete(
                coordinator,
                CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT,
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        ReviewForm.AGREED_ON.name(),
                        "12/01/2026",
                        ReviewForm.AGREED_HOW.name(),
                        "phone"));
        steps.complete(
                coordinator,
                CarePlanningProcess.TASK_EDUCATE_PATIENT,
                Map.of(
                        EducationForm.TOPICS_COVERED.name(),
                        JsonVariables.json(List.of("diet-nutrition")),
                        EducationForm.TEACH_BACK_CONFIRMED.name(),
                        true,
                        EducationForm.MATERIALS_GIVEN.name(),
                        JsonVariables.json(List.of())));

        // the contact interval passes: the outreach contact opens, and the coordinator records a call
        var monitoring = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MonitoringProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult();
        management
                .createJobQuery()
                .processInstanceId(monitoring.getId())
                .activityId(MonitoringProcess.TIMER_CONTACT_INTERVAL)
                .list()
                .forEach(job -> management.executeJob(job.getId()));
        Map<String, Object> contact = new HashMap<>();
        contact.put(ContactForm.REACHED.name(), MonitoringProcess.YES);
        contact.put(ContactForm.CHANNEL.name(), "phone");
        contact.put(ContactForm.MINUTES_SPENT.name(), 25L);
        contact.put(ContactForm.PATIENT_STATUS.name(), MonitoringProcess.STATUS_IMPROVING);
        contact.put(ContactForm.MEDICATION_CONCERNS.name(), false);
        contact.put(ContactForm.NOTE.name(), CONTACT_NOTE);
        steps.complete(coordinator, MonitoringProcess.TASK_OUTREACH_CONTACT, contact);
        return new CaseWithPlan(caseId, caseNumber, firstName + " " + lastName, coordinator);
    }

    private record Steps(TaskService tasks, IdentityService identity, String caseNumber) {

        void complete(String user, String activityId, Map<String, Object> variables) {
            var task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(caseNumber)
                    .taskDefinitionKey(activityId)
                    .singleResult();
            TaskWork.completeAs(identity, tasks, user, task.getId(), variables);
        }
    }
}
