package org.carecoord.transitionalcare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.monitoring.LatestFindings;

/**
 * Stands in for the hospital-stay record in process tests: the real delegates, under their bean names, call it and
 * it records what they asked for. Call {@link Mocks#reset()} after each test.
 */
class RecordingTransitionalCare extends TransitionalCareService {

    record Attempt(long stayId, boolean reached, String channel, String actor) {}

    final List<HospitalStay> stays = new ArrayList<>();
    final List<Attempt> attempts = new ArrayList<>();
    final List<Long> reconciled = new ArrayList<>();
    final List<LocalDate> visits = new ArrayList<>();
    final List<String> missedDeadlines = new ArrayList<>();
    final List<Long> closed = new ArrayList<>();
    /** The case's latest stored findings, as the assessment record would give them. */
    final Map<String, Object> latestFindings = new HashMap<>();

    private RecordingTransitionalCare() {
        super(null, null, null, null, null, null);
    }

    static RecordingTransitionalCare registerDelegates() {
        var service = new RecordingTransitionalCare();
        var delegates = new TransitionalCareDelegates();
        LatestFindings latest = caseId -> service.latestFindings;
        register("openTransitionalCareDelegate", delegates.openTransitionalCareDelegate(service, latest));
        register("recordTransitionalContactDelegate", delegates.recordTransitionalContactDelegate(service));
        register("recordMedicationReconciliationDelegate", delegates.recordMedicationReconciliationDelegate(service));
        register("recordFaceToFaceVisitDelegate", delegates.recordFaceToFaceVisitDelegate(service));
        register(
                "recordTransitionalDeadlineMissedDelegate",
                delegates.recordTransitionalDeadlineMissedDelegate(service));
        register("closeTransitionalCareDelegate", delegates.closeTransitionalCareDelegate(service));
        return service;
    }

    private static void register(String name, JavaDelegate delegate) {
        Mocks.register(name, delegate);
    }

    /** A stay as the API would have stored it, with the deadlines given. */
    long add(LocalDate admittedOn, LocalDate dischargedOn, Instant contactDue, Instant faceToFaceDue) {
        long id = 700 + stays.size();
        stays.add(new HospitalStay(
                id,
                42L,
                "Springfield General Hospital",
                admittedOn,
                dischargedOn,
                "home",
                Instant.now(),
                contactDue,
                faceToFaceDue,
                0,
                null,
                null,
                null,
                null,
                null));
        return id;
    }

    @Override
    HospitalStay require(long stayId) {
        return stays.stream().filter(s -> s.id() == stayId).findFirst().orElseThrow();
    }

    @Override
    boolean recordContactAttempt(long stayId, boolean reached, String channel, String note, String actor) {
        attempts.add(new Attempt(stayId, reached, channel, actor));
        int soFar = (int) attempts.stream().filter(a -> a.stayId() == stayId).count();
        return contactOutcome(reached, soFar) != null;
    }

    @Override
    void recordMedicationReconciliation(long stayId, boolean discrepancies, String note, String actor) {
        reconciled.add(stayId);
    }

    @Override
    void recordFaceToFaceVisit(long stayId, LocalDate visitDate, String clinician, String note, String actor) {
        visits.add(visitDate);
    }

    @Override
    void recordDeadlineMissed(long stayId, String which, String action, String actor) {
        missedDeadlines.add(which);
    }

    @Override
    void close(long stayId) {
        closed.add(stayId);
    }
}
