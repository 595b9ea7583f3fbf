package org.carecoord.benefits;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.carecoord.benefits.BenefitsProcess.Fields;
import org.carecoord.benefits.BenefitsProcess.ProblemKind;
import org.carecoord.calendar.BusinessCalendar;
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
import org.springframework.transaction.support.TransactionTemplate;

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

    private final CoverageService coverages;
    private final BenefitProblemService problems;
    private final BusinessCalendar calendar;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoBenefits(
            CoverageService coverages,
            BenefitProblemService problems,
            BusinessCalendar calendar,
            TaskService taskService,
            ManagementService managementService,
            IdentityService identityService,
            JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.coverages = coverages;
        this.problems = problems;
        this.calendar = calendar;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.queryForObject("select count(*) from demo_data_load where name = ?", Integer.class, MARKER) > 0) {
                return;
            }
            List<Long> demoCase = jdbc.queryForList("""
                    select c.id from care_case c join patient p on p.id = c.patient_id
                    where p.first_name = ? and p.last_name = ? and c.status in ('planned', 'active')""", Long.class, FIRST_NAME, LAST_NAME);
            if (demoCase.size() != 1) {
                return; // DemoData has not loaded its cases in monitoring (yet)
            }
            jdbc.update("insert into demo_data_load (name, loaded_at) values (?, current_timestamp)", MARKER);
            load(demoCase.get(0));
            log.info("Loaded the demo coverages and claim problem");
        });
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
