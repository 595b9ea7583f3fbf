package org.carecoord.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careteam.CareTeam;
import org.carecoord.careteam.CareTeamMember;
import org.carecoord.careteam.CareTeamRole;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.monitoring.LatestFindings;
import org.carecoord.notification.MailTemplate;
import org.carecoord.notification.Outbox;
import org.carecoord.notification.OutboxMessage;
import org.carecoord.notification.PatientContact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case conference record: opened, scheduled, its invitations queued in the outbox, and what it decided. */
@Service
class ConferenceService {

    /** What the record form needs: who may have attended. */
    record Attendance(int planningMembers, List<Map<String, String>> attendeeOptions) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy h:mm a", Locale.US);

    private final ConferenceRepository conferences;
    private final CareTeam team;
    private final CareCaseService cases;
    private final Outbox outbox;
    private final PatientContact contact;
    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final String organizer;
    private final LatestFindings findings;
    private final Clock clock;

    ConferenceService(
            ConferenceRepository conferences,
            CareTeam team,
            CareCaseService cases,
            Outbox outbox,
            PatientContact contact,
            BusinessCalendar calendar,
            BusinessCalendarProperties calendarProperties,
            @Value("${carecoord.mail.from:CareCoord <no-reply@carecoord.local>}") String from,
            LatestFindings findings,
            Clock clock) {
        this.findings = findings;
        this.conferences = conferences;
        this.team = team;
        this.cases = cases;
        this.outbox = outbox;
        this.contact = contact;
        this.calendar = calendar;
        this.zone = calendarProperties == null ? ZoneId.systemDefault() : calendarProperties.zone();
        this.organizer = addressOf(from);
        this.clock = clock;
    }

    @Transactional
    public long open(long caseId, String reason, String user) {
        return conferences.insert(caseId, reason, who(user), Instant.now(clock));
    }

    void linkProcess(long conferenceId, String processInstanceId) {
        conferences.setProcessInstance(conferenceId, processInstanceId);
    }

    long openConferences(long caseId) {
        return conferences.countOpen(caseId);
    }

    /** Who may attend: the coordinator and the team's active planning members (none: nothing to hold). */
    public Attendance attendance(long caseId) {
        List<CareTeamMember> members = team.planningMembers(caseId);
        List<Map<String, String>> options = new ArrayList<>();
        options.add(Map.of(
                "value",
                CaseConferenceProcess.COORDINATOR_ATTENDEE,
                "label",
                CareTeamRole.COORDINATOR_LABEL + " — " + coordinatorName(caseId)));
        members.forEach(m ->
                options.add(Map.of("value", String.valueOf(m.id()), "label", m.name() + " (" + m.roleLabel() + ")")));
        return new Attendance(members.size(), options);
    }

    /** A requested conference that has no one to confer with after all. */
    public void notNeeded(long conferenceId) {
        conferences.markNotNeeded(conferenceId, "system", Instant.now(clock));
    }

    /** A scheduled conference that did not take place: requested again, until a new time is proposed. */
    public void notHeld(long conferenceId, String user) {
        conferences.markNotHeld(conferenceId, who(user), Instant.now(clock));
    }

    /** Stores the proposed time (typed in the business calendar's zone) and returns it. */
    public Instant schedule(long conferenceId, LocalDate date, LocalTime time, int minutes, String place, String user) {
        Instant startsAt = date.atTime(time).atZone(zone).toInstant();
        conferences.schedule(conferenceId, startsAt, minutes, place, who(user), Instant.now(clock));
        return startsAt;
    }

    /** The end of the business day after the conference's day: not recorded by then, the managers are told. */
    public Instant overdueAt(Instant startsAt) {
        return calendar.dueInBusinessDaysAfter(startsAt.atZone(zone).toLocalDate(), 1)
                .toInstant();
    }

    public String when(Instant startsAt) {
        return WHEN.format(startsAt.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /**
     * One invitation per planning member the patient's consent covers (active, with an e-mail address), with a
     * text/calendar attachment; members without consent get nothing. Returns how many were queued.
     */
    public int invite(long conferenceId) {
        var conference = conferences.find(conferenceId).orElseThrow();
        CareCase careCase = cases.require(conference.caseId());
        Instant now = Instant.now(clock);
        int queued = 0;
        for (CareTeamMember member : team.invitees(conference.caseId())) {
            String ics = CalendarInvitation.of(
                    conferenceId,
                    conference.invitationSequence(),
                    conference.startsAt(),
                    conference.durationMinutes(),
                    conference.place(),
                    careCase.caseNumber(),
                    organizer,
                    member.name(),
                    member.email(),
                    now);
            var message = new OutboxMessage(
                    "conference:" + conferenceId + ":" + conference.invitationSequence() + ":member:" + member.id(),
                    careCase.id(),
                    member.email(),
                    MailTemplate.CONFERENCE_INVITATION,
                    Map.of(
                            "memberName", member.name(),
                            "referenceNumber", careCase.caseNumber(),
                            "conferenceWhen", when(conference.startsAt()),
                            "conferencePlace", conference.place(),
                            "coordinatorName", contact.coordinatorName(careCase.coordinatorId()),
                            "contactPhone", contact.contactPhone()),
                    new OutboxMessage.Attachment(CalendarInvitation.FILE_NAME, CalendarInvitation.CONTENT_TYPE, ics));
            if (outbox.enqueue(message)) {
                queued++;
            }
        }
        return queued;
    }

    /** Stores who attended, the summary and the decisions; returns whether the plan is to change. */
    public boolean record(
            long conferenceId, List<String> attendees, String summary, List<String> decisions, String recordedBy) {
        String user = who(recordedBy);
        var conference = conferences.find(conferenceId).orElseThrow();
        CareCase careCase = cases.require(conference.caseId());
        Instant now = Instant.now(clock);
        for (String attendee : attendees) {
            if (CaseConferenceProcess.COORDINATOR_ATTENDEE.equals(attendee)) {
                conferences.addAttendee(
                        conferenceId, null, coordinatorName(careCase.id()), CareTeamRole.COORDINATOR_CODE, user, now);
            } else {
                team.member(careCase.id(), Long.parseLong(attendee))
                        .ifPresent(m -> conferences.addAttendee(conferenceId, m.id(), m.name(), m.role(), user, now));
            }
        }
        List<String> known =
                decisions.stream().filter(ConferenceDecision::isCode).toList();
        boolean planChange = known.contains(ConferenceDecision.CHANGE_PLAN.code());
        conferences.record(conferenceId, summary.strip(), known, planChange, user, now);
        return planChange;
    }

    /** What the episode gives care-planning, read from the case and its latest assessment (STYLE 7: no copies). */
    public Map<String, Object> revisionInputs(long caseId) {
        CareCase careCase = cases.require(caseId);
        Map<String, Object> inputs = new LinkedHashMap<>(conferences.latestAssessment(caseId));
        inputs.put(CarePlanningProcess.Vars.URGENCY.name(), careCase.urgency());
        inputs.put(CarePlanningProcess.Vars.CASE_NUMBER.name(), careCase.caseNumber());
        inputs.put(CarePlanningProcess.Vars.CASE_COORDINATOR.name(), careCase.coordinatorId());
        inputs.putAll(findings.of(caseId));
        return inputs;
    }

    @Transactional(readOnly = true)
    public List<CaseConference> ofCase(long caseId) {
        return conferences.ofCase(caseId);
    }

    private String coordinatorName(long caseId) {
        return contact.coordinatorName(cases.require(caseId).coordinatorId());
    }

    /** Who changed the record; a step run by the application itself (a job, the demo) records "system". */
    private static String who(String user) {
        return user == null || user.isBlank() ? "system" : user;
    }

    private static String addressOf(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            return "no-reply@carecoord.local";
        }
    }
}
