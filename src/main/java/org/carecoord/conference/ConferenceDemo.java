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
import org.carecoord.demo.DemoCaseParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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

    private final DemoCaseParts demoCase;
    private final CareTeam team;
    private final ConferenceRequests requests;
    private final TaskService tasks;
    private final Clock clock;

    ConferenceDemo(DemoCaseParts demoCase, CareTeam team, ConferenceRequests requests, TaskService tasks, Clock clock) {
        this.demoCase = demoCase;
        this.team = team;
        this.requests = requests;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoCase.loadOnce(MARKER, found -> load(found.id()))) {
            log.info("Loaded the demo care team and conference");
        }
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
