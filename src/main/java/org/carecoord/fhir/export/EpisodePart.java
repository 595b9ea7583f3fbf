package org.carecoord.fhir.export;

import java.time.Instant;

import org.carecoord.careteam.CareTeamRole;
import org.carecoord.cases.CareCase;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/** The episode (EpisodeOfCare with its status history), its coordinator (Practitioner) and its care team. */
final class EpisodePart {

    private EpisodePart() {}

    static Practitioner coordinator(String userId, String name) {
        var practitioner = new Practitioner();
        practitioner.addIdentifier(new Identifier().setSystem(FhirCodes.USER).setValue(userId));
        practitioner.addName(new HumanName().setText(Fhir.present(name) ? name : userId));
        return practitioner;
    }

    /**
     * Status and history from the case record: planned from the referral until a coordinator took it, active
     * until it closed, then finished or cancelled (a case cancelled before assignment was never active).
     */
    static EpisodeOfCare episode(CaseRecord record, Reference patient, Reference coordinator, Reference team) {
        CareCase c = record.careCase();
        var episode = new EpisodeOfCare();
        if (c.caseNumber() != null) {
            episode.addIdentifier(
                    new Identifier().setSystem(FhirCodes.CASE_NUMBER).setValue(c.caseNumber()));
        }
        episode.setStatus(EpisodeOfCareStatus.fromCode(c.status().code()));
        Instant assigned = record.coordinatorAssignedAt();
        Instant closed = c.closedAt();
        episode.addStatusHistory()
                .setStatus(EpisodeOfCareStatus.PLANNED)
                .setPeriod(Fhir.period(c.openedAt(), assigned != null ? assigned : closed));
        if (assigned != null) {
            episode.addStatusHistory().setStatus(EpisodeOfCareStatus.ACTIVE).setPeriod(Fhir.period(assigned, closed));
        }
        if (closed != null) {
            episode.addStatusHistory()
                    .setStatus(EpisodeOfCareStatus.fromCode(c.status().code()))
                    .setPeriod(Fhir.period(closed, null));
        }
        episode.addType(Fhir.concept(FhirCodes.PROGRAM, c.program(), programLabel(c.program())));
        episode.setPatient(patient);
        episode.setCareManager(coordinator);
        episode.setPeriod(Fhir.period(c.openedAt(), closed));
        episode.addTeam(team);
        return episode;
    }

    /** The coordinator first (as on the Case tab), then every member with role and period. */
    static CareTeam careTeam(CaseRecord record, Reference patient, Reference coordinator) {
        CareCase c = record.careCase();
        var team = new CareTeam();
        team.setStatus(c.status().isOpen() ? CareTeam.CareTeamStatus.ACTIVE : CareTeam.CareTeamStatus.INACTIVE);
        team.setName("Care team of " + (c.caseNumber() != null ? c.caseNumber() : "case " + c.id()));
        team.setSubject(patient);
        team.setPeriod(Fhir.period(c.openedAt(), c.closedAt()));
        if (coordinator != null) {
            team.addParticipant()
                    .addRole(Fhir.concept(
                            FhirCodes.CARE_TEAM_ROLE, CareTeamRole.COORDINATOR_CODE, CareTeamRole.COORDINATOR_LABEL))
                    .setMember(coordinator)
                    .setPeriod(Fhir.period(record.coordinatorAssignedAt(), c.closedAt()));
        }
        for (CaseRecord.TeamMember m : record.team()) {
            String label = CareTeamRole.of(m.role()).map(CareTeamRole::label).orElse(m.role());
            String display = Fhir.present(m.organisation()) ? m.name() + " (" + m.organisation() + ")" : m.name();
            team.addParticipant()
                    .addRole(Fhir.concept(FhirCodes.CARE_TEAM_ROLE, m.role(), label))
                    .setMember(Fhir.named(display))
                    .setPeriod(Fhir.period(m.periodStart(), m.periodEnd()));
        }
        return team;
    }

    private static String programLabel(String program) {
        return switch (program) {
            case "chronic-care" -> "Chronic care management";
            case "transitional-care" -> "Transitional care";
            case "behavioral-health" -> "Behavioral health";
            case "community-support" -> "Community support";
            default -> program;
        };
    }
}
