package org.carecoord.benefits;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.carecoord.benefits.BenefitsProcess.Fields;
import org.carecoord.benefits.BenefitsProcess.ProblemKind;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.demo.DemoCaseParts;
import org.carecoord.security.Groups;
import org.carecoord.variables.JsonVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's insurance: the case "between outreach contacts" (DemoData's patient Walter Brooks, found by what
 * DemoData gives him) gets a primary coverage, a secondary one ending in three weeks (its renewal task is due at
 * once) and an open claim problem waiting for the coordinator to act. Loaded once, all or nothing, under its marker.
 */
@Component
@Order(34)
@ConditionalOnProperty(name = "carecoord.demo.enabled", havingValue = "true")
class DemoBenefits implements ApplicationRunner {

    static final String MARKER = "benefits-v1";
    /** DemoData's patient between outreach contacts. */
    static final String FIRST_NAME = "Walter";

    static final String LAST_NAME = "Brooks";
    private static final Logger log = LoggerFactory.getLogger(DemoBenefits.class);

    private final DemoCaseParts demoCase;
    private final CoverageService coverages;
    private final BenefitProblemService problems;
    private final BusinessCalendar calendar;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;

    DemoBenefits(
            DemoCaseParts demoCase,
            CoverageService coverages,
            BenefitProblemService problems,
            BusinessCalendar calendar,
            TaskService taskService,
            ManagementService managementService,
            IdentityService identityService,
            JdbcTemplate jdbc) {
        this.demoCase = demoCase;
        this.coverages = coverages;
        this.problems = problems;
        this.calendar = calendar;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoCase.loadOnce(MARKER, found -> load(found.id()))) {
            log.info("Loaded the demo coverages and claim problem");
        }
    }

    private void load(long caseId) {
        var today = calendar.today();
        String actor = jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
        coverages.add(
                caseId,
                new CoverageRequest(
                        "Springfield Senior Health",
                        "Medicare Advantage Silver HMO",
                        "SSH-4471-0932",
                        "MA-22",
                        today.withDayOfYear(1),
                        null,
                        1,
                        Coverage.ACTIVE),
                actor);
        Coverage secondary = coverages.add(
                caseId,
                new CoverageRequest(
                        "State Medicaid",
                        "Qualified Medicare Beneficiary",
                        "MCD-88120417",
                        null,
                        today.minusMonths(11),
                        today.plusDays(21),
                        2,
                        Coverage.ACTIVE),
                actor);
        // the renewal timer is already due: run it, so the task is there when start-up finishes
        managementService
                .createJobQuery()
                .activityId(BenefitsProcess.TIMER_RENEWAL_DUE)
                .processInstanceId(jdbc.queryForObject(
                        "select renewal_process_id from coverage where id = ?", String.class, secondary.id()))
                .list()
                .forEach(job -> managementService.executeJob(job.getId()));
        BenefitProblem claim = problems.report(
                caseId,
                ProblemKind.CLAIM_DENIED.code(),
                "Claim for the October cardiology visit denied: no referral on file",
                actor);
        var record = taskService
                .createTaskQuery()
                .processInstanceId(jdbc.queryForObject(
                        "select process_instance_id from benefit_problem where id = ?", String.class, claim.id()))
                .taskDefinitionKey(BenefitsProcess.TASK_RECORD_PROBLEM)
                .singleResult();
        identityService.setAuthentication(actor, List.of(Groups.COORDINATORS));
        try {
            taskService.complete(
                    record.getId(),
                    Map.of(
                            Fields.SUMMARY.name(),
                            "Claim 2026-10-3381 (cardiology visit, October 14) denied: no referral from the primary"
                                    + " care physician on file. Patient billed $240.",
                            Fields.DOCUMENTS.name(),
                            JsonVariables.json(
                                    List.of("denial-letter", "explanation-of-benefits", "provider-letter"))));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
