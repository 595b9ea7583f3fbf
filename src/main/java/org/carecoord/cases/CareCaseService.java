package org.carecoord.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.carecoord.security.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens, assigns and closes care episodes. Every method joins the caller's (and the engine's) transaction. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CareCaseService {

    private final CaseRepository cases;
    private final CoordinatorDirectory coordinators;
    private final Clock clock;

    CareCaseService(CaseRepository cases, CoordinatorDirectory coordinators, Clock clock) {
        this.cases = cases;
        this.coordinators = coordinators;
        this.clock = clock;
    }

    /** Opens a planned episode and gives it its case number, e.g. CC-2026-000123. */
    public CareCase open(NewCase newCase) {
        Instant now = Instant.now(clock);
        long id = cases.insertPlanned(newCase, now);
        int year = now.atZone(clock.getZone()).getYear();
        cases.setCaseNumber(id, "CC-%d-%06d".formatted(year, id));
        return require(id);
    }

    public void attachProcess(long caseId, String processInstanceId) {
        cases.setProcessInstance(caseId, processInstanceId);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<CareCase> find(long caseId) {
        return cases.findById(caseId);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<CareCase> findByCaseNumber(String caseNumber) {
        return cases.findByCaseNumber(caseNumber);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<CareCase> findOpenEpisodeOf(long patientId) {
        return cases.findOpenByPatient(patientId);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public CareCase require(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** The case, if it is still open; {@link CaseNotFoundException} or {@link CaseClosedException} otherwise. */
    public CareCase requireOpen(long caseId) {
        CareCase careCase = require(caseId);
        if (!careCase.status().isOpen()) {
            throw new CaseClosedException(careCase.caseNumber());
        }
        return careCase;
    }

    /**
     * Makes the member of group coordinators with the fewest open episodes (ties: least recently assigned) the
     * case's coordinator and activates the episode. Calling it again for an assigned case keeps the coordinator.
     */
    public String assignCoordinator(long caseId) {
        CareCase careCase = cases.lock(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        if (careCase.coordinatorId() != null) {
            return careCase.coordinatorId();
        }
        cases.lockAssignments(); // one assignment at a time, so each sees the ones before it
        String coordinatorId = cases.loadOf(coordinators.coordinatorIds()).stream()
                .min(CoordinatorLoad.LEAST_LOADED)
                .map(CoordinatorLoad::coordinatorId)
                .orElseThrow(() -> new IllegalStateException("no user is in group " + Groups.COORDINATORS));
        cases.activate(caseId, coordinatorId, Instant.now(clock));
        return coordinatorId;
    }

    /** Ends an episode that ran its course (FHIR: finished): why (a discharge reason code), a note and when. */
    public void finish(long caseId, String reason, String note) {
        CareCase careCase = cases.lock(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        if (careCase.status().isOpen()) {
            cases.close(caseId, CaseStatus.FINISHED, reason, note, Instant.now(clock));
        }
    }

    /** Ends an episode that will not go ahead (FHIR: cancelled), keeping why (a code) and an optional note. */
    public void cancel(long caseId, String reason, String note) {
        CareCase careCase = cases.lock(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        if (careCase.status().isOpen()) {
            cases.close(caseId, CaseStatus.CANCELLED, reason, note, Instant.now(clock));
        }
    }
}
