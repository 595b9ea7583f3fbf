package org.carecoord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoDataIT extends PostgresIntegrationTest {

    @Autowired
    DemoData demoData;

    @Autowired
    IdentityService identityService;

    @Autowired
    TaskService taskService;

    @Test
    void demoCasesLoadOnceAndARestartDoesNotDuplicateThem() {
        int demoCases = demoCaseCount();
        assertThat(demoCases).isEqualTo(10);
        int providers = jdbc.queryForObject("select count(*) from provider", Integer.class);
        assertThat(providers).as("demo providers for every service type").isGreaterThanOrEqualTo(18);

        demoData.run(null); // what the next start-up does

        assertThat(demoCaseCount()).isEqualTo(demoCases);
        assertThat(jdbc.queryForObject(
                        "select count(*) from demo_data_load where name = ?", Integer.class, DemoData.MARKER))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from provider", Integer.class))
                .as("demo providers, once")
                .isEqualTo(providers);
    }

    @Test
    void demoReferralsStandInEveryStatusRunByTheEngineAndLoadOnce() {
        String demoReferrals =
                "from referral r join care_case c on c.id = r.case_id join patient p on p.id = c.patient_id"
                        + " where p.last_name in ('Walsh','Nair','Okafor','Price') and p.email like '%@example.org'";
        assertThat(jdbc.queryForList("select distinct r.status " + demoReferrals, String.class))
                .containsExactlyInAnyOrder(
                        "requested", "accepted", "rejected", "in-progress", "completed", "failed", "cancelled");
        int referrals = jdbc.queryForObject("select count(*) " + demoReferrals, Integer.class);
        assertThat(taskService
                        .createTaskQuery()
                        .taskNameLike("Choose another provider%")
                        .count())
                .as("declined and failed demo referrals wait for the coordinator")
                .isGreaterThanOrEqualTo(2);

        demoData.run(null);

        assertThat(jdbc.queryForObject("select count(*) " + demoReferrals, Integer.class))
                .isEqualTo(referrals);
        assertThat(jdbc.queryForObject(
                        "select count(*) from demo_data_load where name = ?", Integer.class, DemoData.REFERRALS_MARKER))
                .isEqualTo(1);
    }

    @Test
    void demoCasesStandAtDifferentPointsOfTheIntake() {
        assertThat(jdbc.queryForList(
                        "select distinct status from care_case where patient_id in "
                                + "(select id from patient where email like '%@example.org' and phone like '+1 555 0100 %')",
                        String.class))
                .contains("planned", "active", "cancelled");
        assertThat(taskService
                        .createTaskQuery()
                        .taskNameLike("Screen social needs%")
                        .taskAssignee("coordinator")
                        .count())
                .as("an assessment under way")
                .isPositive();
        assertThat(jdbc.queryForList(
                        "select distinct risk_tier from care_case where risk_tier is not null "
                                + "and patient_id in (select id from patient where last_name in ('Nair', 'Okafor', 'Price'))",
                        String.class))
                .as("assessed patients of each tier")
                .containsExactlyInAnyOrder("low", "medium", "high");
        assertThat(taskService
                        .createTaskQuery()
                        .taskNameLike("Draft care plan%")
                        .count())
                .isGreaterThanOrEqualTo(2);
        assertThat(taskService
                        .createTaskQuery()
                        .taskName(taskName("Approve care plan", "Samuel", "Okafor"))
                        .taskCandidateGroup("managers")
                        .count())
                .as("a high-risk plan awaiting approval")
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .taskNameLike("Record consent%")
                        .taskUnassigned()
                        .count())
                .isGreaterThanOrEqualTo(3);
        assertThat(taskService
                        .createTaskQuery()
                        .taskNameLike("Refer elsewhere%")
                        .count())
                .isPositive();
    }

    @Test
    void demoCasesStandInMonitoringAndTransitionalCareAndLoadOnce() {
        assertThat(taskService
                        .createTaskQuery()
                        .taskName(taskName("Outreach contact", "Rosa", "Delgado"))
                        .count())
                .as("an outreach contact due")
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .taskName(taskName("Outreach contact", "Alma", "Fischer"))
                        .count())
                .as("the next attempt after an unanswered call")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select sum(minutes_spent) from contact k join care_case c on c.id = k.case_id
                join patient p on p.id = c.patient_id where p.last_name = 'Brooks'""", Integer.class))
                .as("a case between contacts, its minutes counted")
                .isEqualTo(20);
        assertThat(taskService
                        .createTaskQuery()
                        .taskName(taskName("Transitional care contact", "Frank", "Miller"))
                        .count())
                .as("transitional care after a hospital stay")
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .taskName(taskName("Face-to-face visit", "Frank", "Miller"))
                        .count())
                .isEqualTo(1);
        int stays = jdbc.queryForObject("select count(*) from hospital_stay", Integer.class);

        demoData.run(null);

        assertThat(jdbc.queryForObject("select count(*) from hospital_stay", Integer.class))
                .isEqualTo(stays);
        assertThat(jdbc.queryForObject(
                        "select count(*) from demo_data_load where name = ?", Integer.class, DemoData.EPISODES_MARKER))
                .isEqualTo(1);
    }

    @Test
    void everyDemoUserCanLogInWithTheirNameAsPassword() {
        for (var user : DemoUsers.ALL) {
            assertThat(identityService.checkPassword(user.id(), user.id()))
                    .as(user.id())
                    .isTrue();
            assertThat(identityService
                            .createUserQuery()
                            .userId(user.id())
                            .memberOfGroup(user.group())
                            .count())
                    .as(user.id() + " in " + user.group())
                    .isEqualTo(1);
        }
    }

    private int demoCaseCount() {
        return jdbc.queryForObject(
                "select count(*) from care_case c join patient p on p.id = c.patient_id "
                        + "where p.phone like '+1 555 0100 %' and p.email like '%@example.org' and p.last_name in "
                        + "('Moss','Ortega','Kim','Quinn','Reyes','Walsh','Nair','Okafor','Price','Volkov')",
                Integer.class);
    }

    /** Task names carry step and case number, never the patient's name. */
    private String taskName(String step, String firstName, String lastName) {
        return step + " · "
                + jdbc.queryForObject(
                        "select c.case_number from care_case c join patient p"
                                + " on p.id = c.patient_id where p.first_name = ? and p.last_name = ?",
                        String.class,
                        firstName,
                        lastName);
    }
}
