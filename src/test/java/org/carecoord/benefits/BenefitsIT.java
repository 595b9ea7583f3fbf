package org.carecoord.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.benefits.BenefitsProcess.Fields;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coverages and benefit problems through the API on PostgreSQL: who may read and change them, bad input refused
 * naming the field with nothing stored, the renewal task for a coverage ending within 30 days (once per end date; a
 * changed end date replaces the watch), a payment plan opening a real financial-counseling referral, and the demo
 * case's insurance.
 */
class BenefitsIT extends PostgresIntegrationTest {

    @Autowired
    BusinessCalendar calendar;

    private Api api;
    private long caseId;
    private String caseNumber;
    private String coordinator;
    private String otherCoordinator;

    @BeforeEach
    void openCase() {
        api = new Api(port);
        var referral = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Bea", IntakeApiITFixtures.uniqueName(), "1950-05-14", "routine")
                                .replace("\"hospital\"", "\"primary-care\""))
                .json();
        caseId = referral.get("caseId").asLong();
        caseNumber = referral.get("caseNumber").asText();
        Task consent = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(IntakeProcess.TASK_RECORD_CONSENT)
                .singleResult();
        tasks.complete(
                consent.getId(),
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
        coordinator = jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
        otherCoordinator = coordinator.equals("coordinator") ? "coordinator2" : "coordinator";
    }

    @Test
    void coordinatorOfTheCaseAndManagersChangeCoverageReviewersReadOtherCoordinatorsAreRefused() {
        var added = api.post(coverage(), coordinator, coverageBody("Acme Health", null, 1));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("payor").asText()).isEqualTo("Acme Health");
        assertThat(added.json().get("order").asInt()).isEqualTo(1);
        assertThat(added.json().get("status").asText()).isEqualTo("active");
        assertThat(added.json().get("createdBy").asText()).isEqualTo(coordinator);
        long coverageId = added.json().get("id").asLong();

        var byManager = api.post(coverage(), "manager", coverageBody("State Medicaid", null, 2));
        assertThat(byManager.status()).isEqualTo(201);
        var changed = api.put(coverage() + "/" + coverageId, "manager", coverageBody("Acme Health Plus", null, 1));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("payor").asText()).isEqualTo("Acme Health Plus");
        assertThat(changed.json().get("updatedBy").asText()).isEqualTo("manager");

        var read = api.get(coverage(), "reviewer");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().findValuesAsText("payor")).containsExactly("Acme Health Plus", "State Medicaid");
        assertThat(api.post(coverage(), "reviewer", coverageBody("Other", null, 2))
                        .status())
                .isEqualTo(403);
        assertThat(api.put(coverage() + "/" + coverageId, "reviewer", coverageBody("Other", null, 1))
                        .status())
                .isEqualTo(403);
        assertThat(api.get(coverage(), otherCoordinator).status()).isEqualTo(403);
        assertThat(api.post(coverage(), otherCoordinator, coverageBody("Other", null, 2))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(problems(), "reviewer", "{\"kind\": \"claim-denied\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(problems(), otherCoordinator, "{\"kind\": \"claim-denied\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(problems(), "reviewer").status()).isEqualTo(200);

        assertThat(
                        count(
                                "select count(*) from coverage where patient_id = (select patient_id from care_case where id = ?)"))
                .isEqualTo(2);
        assertThat(count("select count(*) from benefit_problem where case_id = ?"))
                .isZero();
        // reviewers' writes stop at the API's group rule (as for referrals); reads, and other coordinators, are
        // decided and audited per case
        assertThat(jdbc.queryForList(
                        "select user_id || ' ' || resource || ' ' || outcome from audit_event where case_id = ?"
                                + " and resource like ? and user_id in ('reviewer', ?)",
                        String.class,
                        caseId,
                        "%/coverage",
                        otherCoordinator))
                .contains(
                        "reviewer GET /api/cases/{caseId}/coverage granted",
                        otherCoordinator + " GET /api/cases/{caseId}/coverage denied",
                        otherCoordinator + " POST /api/cases/{caseId}/coverage denied");
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
        var missing = api.post(coverage(), coordinator, """
                {"plan": "Gold", "periodStart": "2026-01-01", "order": 3, "status": "lapsed"}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").findValuesAsText("field"))
                .contains("payor", "subscriberId", "order", "status");

        var reversed = api.post(coverage(), coordinator, coverageBody("Acme", LocalDate.of(2025, 12, 31), 1));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("errors").findValuesAsText("field")).containsExactly("periodEnd");

        var notADate =
                api.post(coverage(), coordinator, coverageBody("Acme", null, 1).replace("2026-01-01", "01/01/26"));
        assertThat(notADate.status()).isEqualTo(400);

        assertThat(api.post(coverage(), coordinator, coverageBody("Acme", null, 1))
                        .status())
                .isEqualTo(201);
        var secondPrimary = api.post(coverage(), coordinator, coverageBody("Other", null, 1));
        assertThat(secondPrimary.status()).isEqualTo(400);
        assertThat(secondPrimary.json().get("errors").findValuesAsText("field")).containsExactly("order");

        var unknownKind = api.post(problems(), coordinator, "{\"kind\": \"lost-wallet\"}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().get("errors").findValuesAsText("field")).containsExactly("kind");
        var noKind = api.post(problems(), coordinator, "{\"note\": \"<b>bold</b>\"}");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().get("errors").findValuesAsText("field")).contains("kind");
        assertThat(api.put(coverage() + "/999999999", coordinator, coverageBody("Acme", null, 1))
                        .status())
                .isEqualTo(404);

        assertThat(
                        count(
                                "select count(*) from coverage where patient_id = (select patient_id from care_case where id = ?)"))
                .isEqualTo(1);
        assertThat(count("select count(*) from benefit_problem where case_id = ?"))
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(BenefitsProcess.KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .list())
                .as("only the valid coverage's renewal watch… which has no end date, so none")
                .isEmpty();
    }

    @Test
    void aCoverageEndingWithinThirtyDaysRaisesTheRenewalTaskOncePerEndDate() {
        LocalDate soon = calendar.today().plusDays(12);
        var added = api.post(coverage(), coordinator, coverageBody("Acme Health", soon, 1));
        long coverageId = added.json().get("id").asLong();
        runTimers();

        Task renewal = renewalTask();
        assertThat(renewal.getAssignee()).isEqualTo(coordinator);
        assertThat(renewal.getName()).isEqualTo("Help the patient renew coverage · " + caseNumber);
        assertThat(renewal.getDueDate())
                .isEqualTo(Date.from(calendar.endOfBusinessDay(soon).toInstant()));

        // saved again with the same end date: the watch is kept, no second task
        api.put(coverage() + "/" + coverageId, coordinator, coverageBody("Acme Health (renamed)", soon, 1));
        runTimers();
        assertThat(renewalTasks()).extracting(Task::getId).containsExactly(renewal.getId());

        // a later end date replaces the watch: the old task is moot, the new timer waits 30 days before the new end
        LocalDate later = calendar.today().plusDays(90);
        api.put(coverage() + "/" + coverageId, coordinator, coverageBody("Acme Health", later, 1));
        runTimers();
        assertThat(renewalTasks()).isEmpty();
        Job timer = renewalTimer();
        assertThat(timer.getDuedate())
                .isEqualTo(Date.from(
                        later.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .isAfter(new Date());
        assertThat(jdbc.queryForObject(
                        "select renewal_watch_end from coverage where id = ?", LocalDate.class, coverageId))
                .isEqualTo(later);

        // when its time comes (the job run as the executor would on that day) the task appears, and is worked
        management.executeJob(timer.getId());
        Task later30 = renewalTask();
        TaskWork.completeAs(
                identity, tasks, coordinator, later30.getId(), Map.of(Fields.RENEWAL_OUTCOME.name(), "renewed"));
        assertThat(jdbc.queryForObject("select renewal_outcome from coverage where id = ?", String.class, coverageId))
                .isEqualTo("renewed");

        // cancelled: nothing is watched any more
        api.put(
                coverage() + "/" + coverageId,
                coordinator,
                coverageBody("Acme Health", later.plusDays(1), 1).replace("\"active\"", "\"cancelled\""));
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(BenefitsProcess.KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isZero();
    }

    @Test
    void aReportedProblemGoesToTheCoordinatorAndAPaymentPlanOpensAFinancialCounselingReferral() {
        var reported = api.post(problems(), "manager", """
                {"kind": "unaffordable-bill", "note": "Hospital bill of $1,900 from the ED visit"}""");
        assertThat(reported.status()).isEqualTo(201);
        assertThat(reported.json().get("kindLabel").asText()).isEqualTo("Bill the patient cannot pay");
        assertThat(reported.json().get("step").asText()).isEqualTo("record-problem");
        long problemId = reported.json().get("id").asLong();

        Task record = benefitsTask(BenefitsProcess.TASK_RECORD_PROBLEM);
        assertThat(record.getAssignee())
                .as("the case's coordinator, not the manager")
                .isEqualTo(coordinator);
        assertThat(Fields.SUMMARY.from(tasks.getVariables(record.getId())))
                .as("the note prefills the form")
                .isEqualTo("Hospital bill of $1,900 from the ED visit");
        TaskWork.completeAs(
                identity,
                tasks,
                coordinator,
                record.getId(),
                Map.of(
                        Fields.SUMMARY.name(),
                        "ED bill 5521, $1,900",
                        Fields.DOCUMENTS.name(),
                        "[\"bill\", \"proof-of-income\"]"));
        TaskWork.completeAs(
                identity,
                tasks,
                coordinator,
                benefitsTask(BenefitsProcess.TASK_ACT).getId(),
                Map.of(Fields.ACTION.name(), "payment-plan"));

        var problem = api.get(problems(), coordinator).json().get(0);
        assertThat(problem.get("step").asText()).isEqualTo("follow-up");
        assertThat(problem.get("documentsNeeded").toString()).contains("bill", "proof-of-income");
        long needId = problem.get("referralNeedId").asLong();
        assertThat(jdbc.queryForObject("select service_type from referral_need where id = ?", String.class, needId))
                .isEqualTo(Service.FINANCIAL_COUNSELING.code());
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ReferralProcess.KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .as("a real referral runs for it")
                .isEqualTo(1);
        var overview = api.get("/api/cases/" + caseId + "/overview", coordinator)
                .json()
                .get("benefits");
        assertThat(overview.get("openProblems").findValuesAsText("id")).containsExactly(String.valueOf(problemId));
        assertThat(overview.get("kinds").findValuesAsText("code"))
                .containsExactly("claim-denied", "prior-authorization", "coverage-gap", "unaffordable-bill");
    }

    @Test
    void theDemoCaseBetweenOutreachContactsHasTwoCoveragesOneEndingSoonAndAnOpenClaimProblem() {
        long demoCase = jdbc.queryForObject("""
                select c.id from care_case c join patient p on p.id = c.patient_id
                where p.first_name = ? and p.last_name = ? and c.status = 'active'""", Long.class, DemoBenefits.FIRST_NAME, DemoBenefits.LAST_NAME);
        var benefits = api.get("/api/cases/" + demoCase + "/overview", "manager")
                .json()
                .get("benefits");

        assertThat(benefits.get("coverages").findValuesAsText("order")).containsExactly("1", "2");
        LocalDate secondaryEnd = LocalDate.parse(
                benefits.get("coverages").get(1).get("periodEnd").asText());
        assertThat(secondaryEnd).isBetween(calendar.today(), calendar.today().plusDays(30));
        assertThat(benefits.get("openProblems").findValuesAsText("kind")).contains("claim-denied");
        assertThat(benefits.get("openProblems").findValuesAsText("step")).contains("act");
        String demoNumber =
                jdbc.queryForObject("select case_number from care_case where id = ?", String.class, demoCase);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(demoNumber)
                        .taskDefinitionKey(BenefitsProcess.TASK_RENEW_COVERAGE)
                        .count())
                .isEqualTo(1);
    }

    private void runTimers() {
        management.createJobQuery().executable().list().stream()
                .filter(job -> BenefitsProcess.KEY.equals(job.getProcessDefinitionKey()))
                .forEach(job -> management.executeJob(job.getId()));
    }

    private Task renewalTask() {
        List<Task> found = renewalTasks();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Task> renewalTasks() {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(BenefitsProcess.TASK_RENEW_COVERAGE)
                .list();
    }

    private Job renewalTimer() {
        return management
                .createJobQuery()
                .activityId(BenefitsProcess.TIMER_RENEWAL_DUE)
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(BenefitsProcess.KEY)
                        .processInstanceBusinessKey(caseNumber)
                        .singleResult()
                        .getId())
                .singleResult();
    }

    private Task benefitsTask(String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(BenefitsProcess.KEY)
                .taskDefinitionKey(key)
                .singleResult();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, caseId);
    }

    private String coverage() {
        return "/api/cases/" + caseId + "/coverage";
    }

    private String problems() {
        return "/api/cases/" + caseId + "/benefit-problems";
    }

    private static String coverageBody(String payor, LocalDate end, int order) {
        return """
                {"payor": "%s", "plan": "Silver", "subscriberId": "M-1234", "group": "G-9",
                 "periodStart": "2026-01-01", "periodEnd": %s, "order": %d, "status": "active"}""".formatted(payor, end == null ? "null" : "\"" + end + "\"", order);
    }
}
