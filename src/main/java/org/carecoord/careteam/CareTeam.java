package org.carecoord.careteam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.notification.PatientContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's care team: the coordinator (a row derived from the case, so it follows a reassignment) and the members a
 * coordinator adds, edits and deactivates. Changes need an open case.
 */
@Service
public class CareTeam {

    /** A provider of an accepted referral, offered as a member. */
    public record Suggestion(long providerId, String name, String phone, String email, String serviceType) {}

    /** A period end before its start, or another rule across fields: answered 400 naming the field. */
    static class InvalidMemberException extends RuntimeException {
        final String field;

        InvalidMemberException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** No such member on this case. */
    static class MemberNotFoundException extends RuntimeException {}

    private final CareTeamRepository members;
    private final CareCaseService cases;
    private final PatientContact contact;
    private final Clock clock;

    CareTeam(CareTeamRepository members, CareCaseService cases, PatientContact contact, Clock clock) {
        this.members = members;
        this.cases = cases;
        this.contact = contact;
        this.clock = clock;
    }

    /** The coordinator first, then the active members, then the inactive ones. */
    @Transactional(readOnly = true)
    public List<CareTeamMember> of(long caseId) {
        return of(cases.require(caseId));
    }

    List<CareTeamMember> of(CareCase careCase) {
        List<CareTeamMember> team = new ArrayList<>();
        if (careCase.coordinatorId() != null) {
            team.add(new CareTeamMember(
                    null,
                    CareTeamRole.COORDINATOR_CODE,
                    CareTeamRole.COORDINATOR_LABEL,
                    contact.coordinatorName(careCase.coordinatorId()),
                    null,
                    contact.contactPhone(),
                    null,
                    true,
                    true,
                    null,
                    careCase.openedAt().atZone(clock.getZone()).toLocalDate(),
                    null,
                    CareTeamMember.ACTIVE,
                    true,
                    null,
                    careCase.openedAt(),
                    null,
                    careCase.openedAt()));
        }
        team.addAll(members.ofCase(careCase.id()));
        return team;
    }

    /** Active members who take part in planning and whom the patient's consent lets CareCoord mail. */
    @Transactional(readOnly = true)
    public List<CareTeamMember> invitees(long caseId) {
        return members.ofCase(caseId).stream()
                .filter(CareTeamMember::takesPartInPlanning)
                .filter(CareTeamMember::mayBeMailed)
                .toList();
    }

    /** Active members who take part in planning, mailable or not (a conference's possible attendees). */
    @Transactional(readOnly = true)
    public List<CareTeamMember> planningMembers(long caseId) {
        return members.ofCase(caseId).stream()
                .filter(CareTeamMember::isActive)
                .filter(CareTeamMember::takesPartInPlanning)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long caseId) {
        cases.require(caseId);
        return members.suggestions(caseId);
    }

    @Transactional
    public CareTeamMember add(long caseId, MemberDetails details, Long providerId, String user) {
        cases.requireOpen(caseId);
        LocalDate start = startOf(details);
        long id = members.insert(caseId, details.stripped(), providerId, start, user, Instant.now(clock));
        return members.find(caseId, id).orElseThrow();
    }

    /** Adds a suggested provider in one click: role other, planning yes, sharing not yet confirmed. */
    @Transactional
    public CareTeamMember addSuggested(long caseId, long providerId, String user) {
        cases.requireOpen(caseId);
        Suggestion suggestion = members.suggestions(caseId).stream()
                .filter(s -> s.providerId() == providerId)
                .findFirst()
                .orElseThrow(MemberNotFoundException::new);
        var details = new MemberDetails(
                CareTeamRole.OTHER.code(),
                suggestion.name(),
                suggestion.name(),
                suggestion.phone(),
                suggestion.email(),
                true,
                false,
                null);
        return add(caseId, details, providerId, user);
    }

    @Transactional
    public CareTeamMember update(long caseId, long memberId, MemberDetails details, String user) {
        cases.requireOpen(caseId);
        CareTeamMember member = members.find(caseId, memberId).orElseThrow(MemberNotFoundException::new);
        LocalDate start = details.periodStart() != null ? details.periodStart() : member.periodStart();
        if (member.periodEnd() != null && member.periodEnd().isBefore(start)) {
            throw new InvalidMemberException("periodStart", "must not be after the member's period end");
        }
        members.update(caseId, memberId, details.stripped(), start, user, Instant.now(clock));
        return members.find(caseId, memberId).orElseThrow();
    }

    /** Ends the member's period (today by default); a member already inactive stays as they are. */
    @Transactional
    public CareTeamMember deactivate(long caseId, long memberId, LocalDate end, String user) {
        cases.requireOpen(caseId);
        CareTeamMember member = members.find(caseId, memberId).orElseThrow(MemberNotFoundException::new);
        LocalDate periodEnd = end != null ? end : LocalDate.now(clock);
        if (periodEnd.isBefore(member.periodStart())) {
            throw new InvalidMemberException("periodEnd", "must not be before the member's period start");
        }
        members.deactivate(caseId, memberId, periodEnd, user, Instant.now(clock));
        return members.find(caseId, memberId).orElseThrow();
    }

    /** A member of the case, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<CareTeamMember> member(long caseId, long memberId) {
        return members.find(caseId, memberId);
    }

    private LocalDate startOf(MemberDetails details) {
        return details.periodStart() != null ? details.periodStart() : LocalDate.now(clock);
    }
}
