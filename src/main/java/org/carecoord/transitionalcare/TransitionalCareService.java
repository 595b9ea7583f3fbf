package org.carecoord.transitionalcare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.CaseClosedException;
import org.carecoord.cases.CaseStatus;
import org.carecoord.cases.EpisodeMessages;
import org.carecoord.transitionalcare.TransitionalCareProcess.Vars;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transitional care after a hospital stay: the reported stay with its CMS deadlines, started in the case's episode,
 * and what each step records.
 */
@Service
public class TransitionalCareService {

    static final String CONTACT_ATTEMPT = "contact-attempt";
    static final String MEDICATION_RECONCILIATION = "medication-reconciliation";
    static final String FACE_TO_FACE_VISIT = "face-to-face-visit";
    static final String DEADLINE_MISSED = "deadline-missed";

    private final HospitalStayRepository stays;
    private final CareCaseService cases;
    private final BusinessCalendar calendar;
    private final EpisodeMessages episodes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TransitionalCareService(
            HospitalStayRepository stays,
            CareCaseService cases,
            BusinessCalendar calendar,
            EpisodeMessages episodes,
            JdbcTemplate jdbc,
            Clock clock) {
        this.stays = stays;
        this.cases = cases;
        this.calendar = calendar;
        this.episodes = episodes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the stay and starts transitional care in the case's running episode, in one transaction: either both
     * happen or neither.
     *
     * @throws org.carecoord.cases.CaseNotFoundException unknown case
     * @throws CaseClosedException                       the case is closed or its episode no longer runs
     * @throws InvalidDischargeReportException           the dates contradict each other
     * @throws CaseInIntakeException                     the case has no coordinator yet
     */
    @Transactional
    public HospitalStay reportDischarge(long caseId, HospitalDischargeReport report, String actor) {
        CareCase careCase = cases.requireOpen(caseId);
        if (report.dischargedOn().isBefore(report.admittedOn())) {
            throw new InvalidDischargeReportException("dischargedOn", "must not be before admittedOn");
        }
        if (careCase.status() == CaseStatus.PLANNED) {
            // the tasks are assigned to the case's coordinator, whom intake has not chosen yet
            throw new CaseInIntakeException(careCase.caseNumber());
        }
        Instant contactDue = contactDue(report.dischargedOn());
        Instant faceToFaceDue = faceToFaceDue(report.dischargedOn(), isHighRisk(caseId));
        long stayId = stays.insert(caseId, report, actor, Instant.now(clock), contactDue, faceToFaceDue);
        episodes.deliver(
                careCase, TransitionalCareProcess.MESSAGE_HOSPITAL_DISCHARGE, Vars.REPORTED_STAY_ID.with(stayId));
        return stays.find(stayId).orElseThrow();
    }

    /** By the end of the second business day after the discharge date. */
    public Instant contactDue(LocalDate dischargedOn) {
        return calendar.dueInBusinessDaysAfter(dischargedOn, TransitionalCareProcess.CONTACT_BUSINESS_DAYS)
                .toInstant();
    }

    /** 7 calendar days after discharge for high-risk patients, 14 for others, at the end of that day. */
    public Instant faceToFaceDue(LocalDate dischargedOn, boolean highRisk) {
        int days = highRisk
                ? TransitionalCareProcess.FACE_TO_FACE_DAYS_HIGH_RISK
                : TransitionalCareProcess.FACE_TO_FACE_DAYS;
        return calendar.endOfBusinessDay(dischargedOn.plusDays(days)).toInstant();
    }

    public List<HospitalStay> staysOf(long caseId) {
        cases.require(caseId);
        return stays.ofCase(caseId);
    }

    HospitalStay require(long stayId) {
        return stays.find(stayId).orElseThrow(() -> new IllegalStateException("no hospital stay " + stayId));
    }

    /**
     * Records one contact attempt; true when the requirement is met: the patient was reached, or this is the
     * second documented attempt.
     */
    boolean recordContactAttempt(long stayId, boolean reached, String channel, String note, String actor) {
        Instant now = Instant.now(clock);
        stays.addStep(stayId, CONTACT_ATTEMPT, now, actor, reached, channel, null, note);
        String outcome = contactOutcome(reached, stays.countContactAttempts(stayId));
        if (outcome != null) {
            stays.contactDone(stayId, outcome, now);
        }
        return outcome != null;
    }

    /**
     * How the contact requirement is met after an attempt: {@code reached}, {@code two-attempts} (the second
     * documented unsuccessful attempt), or null while it is not.
     */
    static String contactOutcome(boolean reached, int attemptsSoFar) {
        if (reached) {
            return "reached";
        }
        return attemptsSoFar >= TransitionalCareProcess.CONTACT_ATTEMPTS_THAT_SATISFY ? "two-attempts" : null;
    }

    void recordMedicationReconciliation(long stayId, boolean discrepancies, String note, String actor) {
        Instant now = Instant.now(clock);
        stays.addStep(
                stayId,
                MEDICATION_RECONCILIATION,
                now,
                actor,
                null,
                null,
                discrepancies ? "discrepancies-resolved" : "no-discrepancies",
                note);
        stays.medicationReconciled(stayId, now);
    }

    /** @throws BadUserRequestException (shown in Tasklist, the form stays) unless discharge ≤ visit date ≤ today */
    void recordFaceToFaceVisit(long stayId, LocalDate visitDate, String clinician, String note, String actor) {
        HospitalStay stay = require(stayId);
        if (visitDate == null || visitDate.isBefore(stay.dischargedOn()) || visitDate.isAfter(calendar.today())) {
            throw new BadUserRequestException("The face-to-face visit cannot be recorded: the visit date must be a "
                    + "date (MM/DD/YYYY) between the hospital discharge and today.");
        }
        stays.addStep(
                stayId,
                FACE_TO_FACE_VISIT,
                Instant.now(clock),
                actor,
                null,
                null,
                clinician == null ? null : clinician.strip(),
                note);
        stays.faceToFaceVisit(stayId, visitDate);
    }

    void recordDeadlineMissed(long stayId, String which, String action, String actor) {
        stays.addStep(stayId, DEADLINE_MISSED, Instant.now(clock), actor, null, null, which, action);
    }

    void close(long stayId) {
        stays.close(stayId, Instant.now(clock));
    }

    boolean isHighRisk(long caseId) {
        return "high".equals(jdbc.queryForObject("select risk_tier from care_case where id = ?", String.class, caseId));
    }
}
