package org.carecoord.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.carecoord.careteam.CareTeam;
import org.carecoord.careteam.CareTeamRole;
import org.carecoord.careteam.MemberDetails;
import org.carecoord.conference.CaseConferenceProcess.Fields;
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
 * The demo's care team and upcoming conference, on the case between outreach contacts (DemoData's Walter Brooks): a
 * primary care physician, a specialist, a pharmacist, a family caregiver, one former member, and a conference next
 * week whose invitations wait in the outbox. Loaded once, all or nothing, under its own marker.
 */
@Component
@Order(31)
@ConditionalOnProperty(name = "carecoord.demo.enabled", havingValue = "true")
class ConferenceDemo implements ApplicationRunner {

    static final String MARKER = "care-team-v1";
    private static final Logger log = LoggerFactory.getLogger(ConferenceDemo.class);
    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final JdbcTemplate jdbc;
    private final CareTeam team;
    private final ConferenceRequests requests;
    private final TaskService tasks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConferenceDemo(
            JdbcTemplate jdbc,
            CareTeam team,
            ConferenceRequests requests,
            TaskService tasks,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.team = team;
        this.requests = requests;
        this.tasks = tasks;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.queryForObject("select count(*) from demo_data_load where name = ?", Integer.class, MARKER) > 0) {
                return;
            }
            Long caseId = betweenOutreachContacts();
            if (caseId == null) {
                return; // the episodes part of the demo is not loaded
            }
            jdbc.update("insert into demo_data_load (name, loaded_at) values (?, current_timestamp)", MARKER);
            load(caseId);
            log.info("Loaded the demo care team and conference");
        });
    }

    /** DemoData's case in monitoring between outreach contacts (its patient is the demo's Walter Brooks). */
    private Long betweenOutreachContacts() {
        return jdbc.query("""
                        select c.id from care_case c join patient p on p.id = c.patient_id
                        where p.first_name = 'Walter' and p.last_name = 'Brooks' and c.status = 'active'
                        order by c.id""", (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(null);
    }

    private void load(long caseId) {
        LocalDate today = LocalDate.now(clock);
        String by = "coordinator";
        team.add(
                caseId,
                member(
                        CareTeamRole.PRIMARY_CARE_PHYSICIAN,
                        "Dr. Anita Shah",
                        "Riverside Family Practice",
                        "+1 555 0141",
                        "a.shah@riverside-practice.example",
                        true,
                        true,
                        today.minusMonths(2)),
                null,
                by);
        team.add(
                caseId,
                member(
                        CareTeamRole.SPECIALIST,
                        "Dr. Paul Okafor",
                        "Lakeside Cardiology",
                        "+1 555 0177",
                        "p.okafor@lakeside-cardio.example",
                        true,
                        true,
                        today.minusMonths(1)),
                null,
                by);
        team.add(
                caseId,
                member(
                        CareTeamRole.PHARMACIST,
                        "Mei Lin",
                        "Main Street Pharmacy",
                        "+1 555 0123",
                        "pharmacy@mainstreet-rx.example",
                        true,
                        false,
                        today.minusMonths(1)),
                null,
                by);
        team.add(
                caseId,
                member(
                        CareTeamRole.FAMILY_CAREGIVER,
                        "Grace Brooks",
                        null,
                        "+1 555 0190",
                        "grace.brooks@mail.example",
                        true,
                        true,
                        today.minusMonths(2)),
                null,
                by);
        var former = team.add(
                caseId,
                member(
                        CareTeamRole.HOME_CARE,
                        "Sunrise Home Care",
                        "Sunrise Home Care",
                        "+1 555 0166",
                        "office@sunrise-homecare.example",
                        false,
                        true,
                        today.minusMonths(2)),
                null,
                by);
        team.deactivate(caseId, former.id(), today.minusWeeks(2), by);

        var requested = requests.request(caseId, by);
        var propose = tasks.createTaskQuery()
                .processInstanceId(requested.processInstanceId())
                .taskDefinitionKey(CaseConferenceProcess.TASK_PROPOSE_TIME)
                .singleResult();
        tasks.complete(
                propose.getId(),
                Variables.createVariables()
                        .putValue(Fields.DATE.name(), FORM_DATE.format(today.plusDays(7)))
                        .putValue(Fields.TIME.name(), "14:00")
                        .putValue(Fields.DURATION_MINUTES.name(), 45)
                        .putValue(Fields.PLACE.name(), "Video call (link from the coordinator)"));
    }

    private static MemberDetails member(
            CareTeamRole role,
            String name,
            String organisation,
            String phone,
            String email,
            boolean planning,
            boolean consent,
            LocalDate start) {
        return new MemberDetails(role.code(), name, organisation, phone, email, planning, consent, start);
    }
}
