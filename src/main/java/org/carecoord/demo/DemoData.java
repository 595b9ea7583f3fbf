package org.carecoord.demo;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.intake.IntakeProcess.Vars;
import org.carecoord.intake.IntakeRequest;
import org.carecoord.intake.IntakeResult;
import org.carecoord.intake.IntakeService;
import org.carecoord.intake.PatientDetails;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.referral.DemoReferrals;
import org.carecoord.security.Groups;
import org.carecoord.transitionalcare.HospitalDischargeReport;
import org.carecoord.transitionalcare.TransitionalCareService;
import org.carecoord.variables.JsonVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default's demo: users of every group and about ten cases at different points of the pathway —
 * intake, assessment (one case per risk tier) and care planning (a high-risk plan awaiting a manager's approval) — and
 * referrals in every status with demo providers, so the queues look real on first start. Each part is loaded once
 * (all or nothing, under its marker), never duplicated by a restart.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "carecoord.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String MARKER = "cases-v1";
    static final String PROVIDERS_MARKER = "providers-v1";
    /** Referrals in every status on the demo cases; added to demo databases loaded before it existed. */
    static final String REFERRALS_MARKER = "referrals-v1";

    static final String EPISODES_MARKER = "episodes-v1";
    /** The patient of the case between outreach contacts, which the features' demo parts add to ({@link DemoCaseParts}). */
    static final String BETWEEN_CONTACTS_FIRST_NAME = "Walter";

    static final String BETWEEN_CONTACTS_LAST_NAME = "Brooks";
    static final String BETWEEN_CONTACTS_BORN = "1952-10-09";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoLogins logins;
    private final IntakeService intake;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;
    private final DemoReferrals referrals;
    private final TransitionalCareService transitionalCare;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(
            DemoLogins logins,
            IntakeService intake,
            TaskService taskService,
            ManagementService managementService,
            IdentityService identityService,
            RuntimeService runtimeService,
            JdbcTemplate jdbc,
            DemoReferrals referrals,
            TransitionalCareService transitionalCare,
            TransactionTemplate transaction,
            Clock clock) {
        this.transitionalCare = transitionalCare;
        this.logins = logins;
        this.intake = intake;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        logins.createAll();
        transaction.executeWithoutResult(status -> {
            if (jdbc.queryForObject(
                            "select count(*) from demo_data_load where name = ?", Integer.class, PROVIDERS_MARKER)
                    == 0) {
                jdbc.update(
                        "insert into demo_data_load (name, loaded_at) values (?, current_timestamp)", PROVIDERS_MARKER);
                jdbc.execute((Connection connection) -> {
                    ScriptUtils.executeSqlScript(connection, new ClassPathResource("demo/providers.sql"));
                    return null;
                });
            }
            if (jdbc.queryForObject("select count(*) from demo_data_load where name = ?", Integer.class, MARKER) == 0) {
                jdbc.update("insert into demo_data_load (name, loaded_at) values (?, current_timestamp)", MARKER);
                loadCases();
                log.info("Loaded the demo cases");
            }
            if (jdbc.queryForObject(
                            "select count(*) from demo_data_load where name = ?", Integer.class, REFERRALS_MARKER)
                    == 0) {
                jdbc.update(
                        "insert into demo_data_load (name, loaded_at) values (?, current_timestamp)", REFERRALS_MARKER);
                referrals.load();
                log.info("Loaded the demo referrals");
            }
            if (jdbc.queryForObject(
                            "select count(*) from demo_data_load where name = ?", Integer.class, EPISODES_MARKER)
                    == 0) {
                jdbc.update(
                        "insert into demo_data_load (name, loaded_at) values (?, current_timestamp)", EPISODES_MARKER);
                loadEpisodesInMonitoring();
                log.info("Loaded the demo cases in monitoring and transitional care");
            }
        });
    }

    private void loadCases() {
        // Waiting for consent, in the team queue
        referral(
                "Ada",
                "Moss",
                "1948-02-11",
                "female",
                "chronic-care",
                "hospital",
                "routine",
                "Two admissions this year for heart failure, missed follow-up appointments",
                null);
        referral(
                "Luis",
                "Ortega",
                "1971-06-30",
                "male",
                "transitional-care",
                "hospital",
                "urgent",
                "Discharged yesterday after pneumonia; lives alone, no follow-up booked",
                null);
        referral(
                "Grace",
                "Kim",
                "1959-09-14",
                "female",
                "behavioral-health",
                "primary-care",
                "routine",
                "Low mood since bereavement, not taking prescribed medication",
                null);
        referral(
                "Nora",
                "Quinn",
                "2010-03-02",
                "female",
                "behavioral-health",
                "primary-care",
                "routine",
                "School refusal and anxiety; mother asks for support",
                "Jane Quinn");
        // Not eligible: a minor with no guardian named, waiting to be referred elsewhere
        referral(
                "Tommy",
                "Reyes",
                "2011-11-20",
                "male",
                "community-support",
                "community-organization",
                "routine",
                "Needs help with food and transport to clinic",
                null);
        // Consented and assigned (alternately to each coordinator), then at different points of assessment and planning
        var henry = consent(
                referral(
                        "Henry",
                        "Walsh",
                        "1944-07-08",
                        "male",
                        "chronic-care",
                        "payer",
                        "routine",
                        "Diabetes and COPD, frequent ED visits",
                        null),
                "given");
        var priya = consent(
                referral(
                        "Priya",
                        "Nair",
                        "1980-12-01",
                        "female",
                        "behavioral-health",
                        "self",
                        "routine",
                        "Asks for help with anxiety and finding a therapist",
                        null),
                "given");
        var samuel = consent(
                referral(
                        "Samuel",
                        "Okafor",
                        "1955-04-23",
                        "male",
                        "transitional-care",
                        "hospital",
                        "urgent",
                        "Discharged after hip fracture; needs home care and transport",
                        null),
                "given");
        var eleanor = consent(
                referral(
                        "Eleanor",
                        "Price",
                        "1937-01-17",
                        "female",
                        "chronic-care",
                        "family",
                        "routine",
                        "Daughter worried about falls and missed medication",
                        null),
                "given");
        // Henry: mood screened, the rest of his assessment still to do
        complete(
                henry,
                AssessmentProcess.TASK_SCREEN_MOOD,
                DemoAnswers.mood(new int[] {1, 1, 0, 1, 0, 0, 0, 0, 0}, new int[] {0, 1, 0, 0, 0, 0, 0}));
        // Eleanor: low risk, plan to draft
        assess(
                eleanor,
                DemoAnswers.mood(new int[9], new int[7]),
                DemoAnswers.socialNeeds("never", "no"),
                DemoAnswers.dailyLiving(6));
        // Priya: moderate anxiety and food insecurity, medium risk, plan to draft
        assess(
                priya,
                DemoAnswers.mood(new int[] {1, 1, 1, 1, 0, 1, 1, 0, 0}, new int[] {2, 2, 2, 1, 1, 1, 1}),
                DemoAnswers.socialNeeds("sometimes", "no"),
                DemoAnswers.dailyLiving(6));
        // Samuel: high readmission risk after a hip fracture; his drafted plan waits for a manager's approval
        complete(samuel, AssessmentProcess.TASK_ASSESS_READMISSION_RISK, DemoAnswers.readmissionRisk(8, 2, 1));
        assess(
                samuel,
                DemoAnswers.mood(new int[] {1, 1, 1, 1, 1, 0, 0, 0, 0}, new int[7]),
                DemoAnswers.socialNeeds("never", "yes"),
                DemoAnswers.dailyLiving(4));
        complete(
                samuel,
                CarePlanningProcess.TASK_DRAFT_CARE_PLAN,
                DemoAnswers.carePlanAfterHipFracture(LocalDate.now(clock)));
        // Declined: the episode is cancelled and stays in the history
        consent(
                referral(
                        "Dmitri",
                        "Volkov",
                        "1963-08-05",
                        "male",
                        "chronic-care",
                        "primary-care",
                        "routine",
                        "Hypertension, overdue for review",
                        null),
                "declined");
    }

    /** Cases past planning: in monitoring between contacts, with a contact due, and in transitional care. */
    private void loadEpisodesInMonitoring() {
        LocalDate today = LocalDate.now(clock);
        // Walter: plan active, one outreach contact done, the next one in 14 days
        var walter = toActivePlan(
                consent(
                        referral(
                                BETWEEN_CONTACTS_FIRST_NAME,
                                BETWEEN_CONTACTS_LAST_NAME,
                                BETWEEN_CONTACTS_BORN,
                                "male",
                                "chronic-care",
                                "primary-care",
                                "routine",
                                "Skips meals at the end of the month; low mood",
                                null),
                        "given"),
                List.of());
        outreach(
                walter,
                DemoAnswers.outreachReached(
                        20, MonitoringProcess.STATUS_IMPROVING, "Food bank pick-ups going well; sleeping better."));
        // Rosa: plan active, her first outreach contact is due now
        var rosa = toActivePlan(
                consent(
                        referral(
                                "Rosa",
                                "Delgado",
                                "1966-03-27",
                                "female",
                                "chronic-care",
                                "primary-care",
                                "routine",
                                "Worried about paying for food and her prescriptions",
                                null),
                        "given"),
                List.of());
        contactDue(rosa);
        // Alma: her first outreach call went unanswered; the second attempt is due
        var alma = toActivePlan(
                consent(
                        referral(
                                "Alma",
                                "Fischer",
                                "1958-06-18",
                                "female",
                                "community-support",
                                "community-organization",
                                "routine",
                                "Behind on rent and skipping meals",
                                null),
                        "given"),
                List.of());
        outreach(alma, DemoAnswers.outreachNotReached(5));
        // Frank: in monitoring, then a hospital stay; his transitional-care tasks are due
        var frank = toActivePlan(
                consent(
                        referral(
                                "Frank",
                                "Miller",
                                "1949-12-12",
                                "male",
                                "transitional-care",
                                "primary-care",
                                "routine",
                                "Heart failure; lives alone since his wife died",
                                null),
                        "given"),
                List.of());
        transitionalCare.reportDischarge(
                frank.caseId(),
                new HospitalDischargeReport(
                        "Springfield General Hospital", today.minusDays(5), today.minusDays(1), "home"),
                DemoUsers.INTAKE_USER);
    }

    private IntakeResult toActivePlan(IntakeResult episode, List<String> referralServices) {
        LocalDate today = LocalDate.now(clock);
        assess(
                episode,
                DemoAnswers.mood(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 0}, new int[] {1, 1, 1, 0, 0, 0, 0}),
                DemoAnswers.socialNeeds("often", "no"),
                DemoAnswers.dailyLiving(6));
        complete(
                episode,
                CarePlanningProcess.TASK_DRAFT_CARE_PLAN,
                DemoAnswers.carePlanForFoodAndMood(today, referralServices));
        complete(
                episode,
                CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT,
                Map.of(
                        CarePlanningProcess.ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        CarePlanningProcess.ReviewForm.AGREED_ON.name(),
                        today.toString(),
                        CarePlanningProcess.ReviewForm.AGREED_HOW.name(),
                        "phone"));
        complete(
                episode,
                CarePlanningProcess.TASK_EDUCATE_PATIENT,
                Map.of(
                        CarePlanningProcess.EducationForm.TOPICS_COVERED.name(),
                                JsonVariables.json(List.of("diet-nutrition")),
                        CarePlanningProcess.EducationForm.TEACH_BACK_CONFIRMED.name(), true,
                        CarePlanningProcess.EducationForm.MATERIALS_GIVEN.name(),
                                JsonVariables.json(List.of("diet-budget"))));
        return episode;
    }

    /** The contact interval has passed: the coordinator's "Outreach contact" is open. */
    private void contactDue(IntakeResult episode) {
        var monitoring = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(MonitoringProcess.KEY)
                .processInstanceBusinessKey(episode.caseNumber())
                .singleResult();
        managementService
                .createJobQuery()
                .processInstanceId(monitoring.getId())
                .activityId(MonitoringProcess.TIMER_CONTACT_INTERVAL)
                .list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    private void outreach(IntakeResult episode, Map<String, Object> contact) {
        contactDue(episode);
        complete(episode, MonitoringProcess.TASK_OUTREACH_CONTACT, contact);
    }

    private IntakeResult referral(
            String first,
            String last,
            String dateOfBirth,
            String sex,
            String program,
            String source,
            String urgency,
            String reason,
            String guardian) {
        var patient = new PatientDetails(
                first,
                last,
                LocalDate.parse(dateOfBirth),
                sex,
                "+1 555 0100 " + dob4(dateOfBirth),
                first.toLowerCase() + "@example.org",
                null,
                "en",
                guardian,
                demoMrn(first, last, dateOfBirth));
        return intake.receive(new IntakeRequest(patient, program, source, reason, urgency), DemoUsers.INTAKE_USER);
    }

    private void assess(
            IntakeResult episode,
            Map<String, Object> mood,
            Map<String, Object> socialNeeds,
            Map<String, Object> dailyLiving) {
        complete(episode, AssessmentProcess.TASK_SCREEN_MOOD, mood);
        complete(episode, AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS, socialNeeds);
        complete(episode, AssessmentProcess.TASK_ASSESS_DAILY_LIVING, dailyLiving);
    }

    /** Completes the episode's open task at that step as its assignee would in Tasklist. */
    private void complete(IntakeResult episode, String taskDefinitionKey, Map<String, Object> variables) {
        var task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(episode.caseNumber())
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        identityService.setAuthentication(task.getAssignee(), List.of(Groups.COORDINATORS));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private IntakeResult consent(IntakeResult episode, String decision) {
        String taskId = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(episode.caseNumber())
                .taskDefinitionKey(IntakeProcess.TASK_RECORD_CONSENT)
                .singleResult()
                .getId();
        identityService.setAuthentication(DemoUsers.INTAKE_USER, List.of(Groups.COORDINATORS));
        try {
            taskService.claim(taskId, DemoUsers.INTAKE_USER);
            VariableMap form = Vars.CONSENT_DECISION.with(decision);
            Vars.SHARE_WITH_PROVIDERS.put(form, true);
            Vars.CONTACT_PREFERENCE.put(form, "phone");
            Vars.CONSENT_GIVEN_BY.put(form, "patient");
            Vars.CONSENT_METHOD.put(form, "verbal");
            taskService.complete(taskId, form);
        } finally {
            identityService.clearAuthentication();
        }
        // Assignment runs as a job; run it now so the demo is complete when start-up finishes.
        var intake = runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(episode.processInstanceId())
                .singleResult();
        if (intake != null) {
            managementService
                    .createJobQuery()
                    .processInstanceId(intake.getId())
                    .list()
                    .forEach(job -> managementService.executeJob(job.getId()));
        }
        return episode;
    }

    /**
     * A fictional medical record number of the demo hospital, the same for the same person on every start (so an
     * HL7 discharge message of the README's example finds its patient).
     */
    static String demoMrn(String first, String last, String dateOfBirth) {
        return "MRN" + (1_000_000 + Math.floorMod((first + "|" + last + "|" + dateOfBirth).hashCode(), 9_000_000));
    }

    private static String dob4(String dateOfBirth) {
        return dateOfBirth.substring(5, 7) + dateOfBirth.substring(8, 10);
    }
}
