package org.carecoord.fhir.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.carecoord.cases.CareCase;
import org.carecoord.patient.Patient;

/**
 * Everything of one case that the FHIR export shows, as read from CareCoord's own tables: the case, its patient
 * and one list per part of the record. Lists are empty (and {@code plan}, {@code consent} null) when nothing is
 * recorded yet.
 */
record CaseRecord(
        CareCase careCase,
        Patient patient,
        Instant coordinatorAssignedAt,
        String coordinatorName,
        Plan plan,
        List<Referral> referrals,
        List<TeamMember> team,
        List<Appointment> appointments,
        List<Coverage> coverages,
        Consent consent,
        List<Result> results,
        List<HospitalStay> hospitalStays) {

    /** The case's current (latest) care plan with its problems, goals and interventions. */
    record Plan(
            long id,
            int version,
            String status,
            Instant createdAt,
            List<String> problems,
            List<Goal> goals,
            List<Intervention> interventions) {}

    record Goal(
            long id,
            String problemCode,
            String description,
            String measure,
            LocalDate targetDate,
            String lifecycleStatus,
            String achievementStatus) {}

    record Intervention(
            long id,
            String problemCode,
            String action,
            String responsible,
            LocalDate dueDate,
            String status,
            String statusReason) {}

    record Referral(
            long id,
            String serviceType,
            String providerName,
            String status,
            String statusReason,
            Instant createdAt,
            Instant sentAt,
            Instant completedAt) {}

    record TeamMember(
            long id,
            String role,
            String name,
            String organisation,
            String phone,
            String email,
            LocalDate periodStart,
            LocalDate periodEnd,
            String status) {}

    record Appointment(
            long id,
            Instant startsAt,
            Instant endsAt,
            String provider,
            String location,
            String description,
            String status,
            String cancellationReason) {}

    record Coverage(
            long id,
            String payor,
            String planName,
            String subscriberId,
            String groupNumber,
            LocalDate periodStart,
            LocalDate periodEnd,
            int order,
            String status) {}

    record Consent(
            long id,
            String decision,
            boolean shareWithProviders,
            String givenBy,
            String givenByName,
            String method,
            Instant recordedAt) {}

    /** A hospital stay reported to the care team (the discharge that starts transitional care). */
    record HospitalStay(long id, String facility, LocalDate admittedOn, LocalDate dischargedOn, String disposition) {}

    /** One administered instrument: its answers as stored (a JSON object of item to answer), score and band. */
    record Result(long id, String instrument, String answersJson, Integer score, String band, Instant administeredAt) {}
}
