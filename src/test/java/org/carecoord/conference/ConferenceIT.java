package org.carecoord.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.conference.CaseConferenceProcess.Fields;
import org.carecoord.support.Api;
import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.JobRunner;
import org.carecoord.support.OutboxDelivery;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A case conference on PostgreSQL with mail through GreenMail: asked for over the API, a time proposed, an
 * invitation with a text/calendar part (METHOD:REQUEST, DTSTART in UTC) for the planning member the consent covers
 * and nothing for the one it does not cover; recorded; refused for a reviewer, twice, and without planning members;
 * one that did not take place gets a new time, sent as a change of the same calendar entry (UID, SEQUENCE 1).
 */
class ConferenceIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    BusinessCalendarProperties calendar;

    @Test
    void theTeamTheConsentCoversIsInvitedWithACalendarRequestAndTheConferenceIsRecorded() throws Exception {
        var api = new Api(port);
        var planned = CaseWithPlan.create(port, context, "Conftest");
        String base = "/api/cases/" + planned.caseId();
        assertThat(api.post(base + "/conferences", planned.coordinator(), "").status())
                .as("no planning member yet")
                .isEqualTo(409);
        long consented = member(api, base, planned, "Dr. Ada Vance", "ada.vance@example.org", true, true);
        member(api, base, planned, "Ben Noconsent", "ben.noconsent@example.org", true, false);
        member(api, base, planned, "Cy Notplanning", "cy.notplanning@example.org", false, true);

        assertThat(api.post(base + "/conferences", "reviewer", "").status()).isEqualTo(403);
        String other = planned.coordinator().equals("coordinator2") ? "coordinator" : "coordinator2";
        assertThat(api.post(base + "/conferences", other, "").status()).isEqualTo(403);
        var requested = api.post(base + "/conferences", planned.coordinator(), "");
        assertThat(requested.status()).isEqualTo(201);
        long conferenceId = requested.json().get("conferenceId").asLong();
        assertThat(api.post(base + "/conferences", "manager", "").status())
                .as("one open conference at a time")
                .isEqualTo(409);

        LocalDate day = LocalDate.now(calendar.zone()).plusDays(3);
        assertThat(task(planned.caseNumber(), CaseConferenceProcess.TASK_PROPOSE_TIME)
                        .getAssignee())
                .isEqualTo(planned.coordinator());
        ConferenceSteps.propose(
                identity,
                tasks,
                planned.coordinator(),
                planned.caseNumber(),
                day,
                "14:30",
                45,
                "Room 2, Community Health Center");
        JobRunner.runDueJobs(management);
        OutboxDelivery.deliver(context);

        List<MimeMessage> invitations = OutboxDelivery.received(greenMail, "ada.vance@example.org", "Case conference");
        assertThat(invitations).hasSize(1);
        String ics = calendarPart(invitations.get(0));
        String start = day.atTime(LocalTime.of(14, 30))
                .atZone(calendar.zone())
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertThat(ics)
                .contains("METHOD:REQUEST")
                .contains("DTSTART:" + start)
                .contains("UID:case-conference-" + conferenceId + "@carecoord")
                .contains("mailto:ada.vance@example.org")
                .doesNotContain(planned.patientName());
        assertThat(jdbc.queryForObject(
                        "select body_text from outbox where recipient = 'ada.vance@example.org'", String.class))
                .as("minimum necessary: the case number, not the patient")
                .contains(planned.caseNumber())
                .doesNotContain(planned.patientName());
        assertThat(OutboxDelivery.received(greenMail, "ben.noconsent@example.org"))
                .as("the consent does not cover him")
                .isEmpty();
        assertThat(OutboxDelivery.received(greenMail, "cy.notplanning@example.org"))
                .as("not a planning member")
                .isEmpty();

        Task record = task(planned.caseNumber(), CaseConferenceProcess.TASK_RECORD);
        TaskWork.completeAs(
                identity,
                tasks,
                planned.coordinator(),
                record.getId(),
                Map.of(
                        Fields.ATTENDEES.name(), "[\"coordinator\", \"" + consented + "\"]",
                        Fields.SUMMARY.name(), "Went through the plan together.",
                        Fields.DECISIONS.name(), "[\"continue-plan\"]"));
        var listed = api.get(base + "/conferences", "reviewer").json().get(0);
        assertThat(listed.get("status").asText()).isEqualTo("held");
        assertThat(listed.get("attendees").findValuesAsText("name")).contains("Dr. Ada Vance");
        assertThat(listed.get("decisions").get(0).asText()).isEqualTo("continue-plan");
    }

    @Test
    void aConferenceThatDidNotTakePlaceGetsANewTimeAndTheInvitationChangesTheSameCalendarEntry() throws Exception {
        var api = new Api(port);
        var planned = CaseWithPlan.create(port, context, "Confmoved");
        String base = "/api/cases/" + planned.caseId();
        member(api, base, planned, "Dr. Mo Reyes", "mo.reyes@example.org", true, true);
        long conferenceId = api.post(base + "/conferences", planned.coordinator(), "")
                .json()
                .get("conferenceId")
                .asLong();
        LocalDate first = LocalDate.now(calendar.zone()).plusDays(3);
        propose(planned, first, "09:00", "Video call");

        Task record = task(planned.caseNumber(), CaseConferenceProcess.TASK_RECORD);
        TaskWork.completeAs(
                identity,
                tasks,
                planned.coordinator(),
                record.getId(),
                Map.of(Fields.HELD.name(), CaseConferenceProcess.NOT_HELD));
        assertThat(api.get(base + "/conferences", "reviewer")
                        .json()
                        .get(0)
                        .get("status")
                        .asText())
                .as("waiting for a new time")
                .isEqualTo("requested");
        assertThat(task(planned.caseNumber(), CaseConferenceProcess.TASK_PROPOSE_TIME)
                        .getAssignee())
                .isEqualTo(planned.coordinator());

        LocalDate second = first.plusDays(2);
        propose(planned, second, "15:00", "Room 4 at the Community Health Center");

        List<MimeMessage> invitations = OutboxDelivery.received(greenMail, "mo.reyes@example.org", "Case conference");
        assertThat(invitations).hasSize(2);
        String before = calendarPart(invitations.get(0));
        String after = calendarPart(invitations.get(1));
        String uid = "UID:case-conference-" + conferenceId + "@carecoord";
        assertThat(before).contains(uid, "SEQUENCE:0", utc(first, "09:00"));
        assertThat(after)
                .as("the same calendar entry, changed")
                .contains(uid, "SEQUENCE:1", utc(second, "15:00"), "Room 4 at the Community Health Center");
        assertThat(api.get(base + "/conferences", "reviewer")
                        .json()
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("scheduled");
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(planned.caseNumber())
                        .taskDefinitionKey(CaseConferenceProcess.TASK_RECORD)
                        .singleResult()
                        .getDueDate())
                .as("due after the new time")
                .isAfter(
                        java.util.Date.from(second.atStartOfDay(calendar.zone()).toInstant()));
    }

    @Test
    void theDemoCaseBetweenContactsHasAFullCareTeamAndAnUpcomingConferenceLoadedOnce() {
        long caseId = jdbc.queryForObject(
                "select c.id from care_case c join patient p on p.id = c.patient_id"
                        + " where p.first_name = 'Walter' and p.last_name = 'Brooks'",
                Long.class);
        assertThat(jdbc.queryForList(
                        "select role from care_team_member where case_id = ? and status = 'active'",
                        String.class,
                        caseId))
                .contains("primary-care-physician", "specialist", "pharmacist", "family-caregiver");
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_team_member where case_id = ? and status = 'inactive'"
                                + " and period_end is not null",
                        Long.class,
                        caseId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_conference where case_id = ? and status = 'scheduled'"
                                + " and starts_at > current_timestamp",
                        Long.class,
                        caseId))
                .as("an upcoming conference")
                .isEqualTo(1);
        long members =
                jdbc.queryForObject("select count(*) from care_team_member where case_id = ?", Long.class, caseId);

        context.getBean(ConferenceDemo.class).run(null);

        assertThat(jdbc.queryForObject("select count(*) from care_team_member where case_id = ?", Long.class, caseId))
                .isEqualTo(members);
        assertThat(jdbc.queryForObject("select count(*) from case_conference where case_id = ?", Long.class, caseId))
                .isEqualTo(1);
    }

    private void propose(CaseWithPlan planned, LocalDate day, String time, String place) {
        ConferenceSteps.propose(identity, tasks, planned.coordinator(), planned.caseNumber(), day, time, 30, place);
        JobRunner.runDueJobs(management);
        OutboxDelivery.deliver(context);
    }

    private String utc(LocalDate day, String time) {
        return "DTSTART:"
                + day.atTime(LocalTime.parse(time))
                        .atZone(calendar.zone())
                        .withZoneSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    }

    private long member(
            Api api, String base, CaseWithPlan planned, String name, String email, boolean planning, boolean consent) {
        var added = api.post(base + "/care-team", planned.coordinator(), """
                {"role": "specialist", "name": "%s", "email": "%s", "takesPartInPlanning": %s,
                 "sharingConsented": %s}""".formatted(name, email, planning, consent));
        assertThat(added.status()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private Task task(String caseNumber, String key) {
        return ConferenceSteps.task(tasks, caseNumber, key);
    }

    private static String calendarPart(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                assertThat(part.getContentType().toLowerCase()).contains("method=request");
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no text/calendar part");
    }
}
