package org.carecoord.benefits;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The patient's coverages, reached through one of their cases; writes only while that case is open. */
@Service
public class CoverageService {

    /** No coverage of that id on the case's patient; answered with 404. */
    static class CoverageNotFoundException extends RuntimeException {
        CoverageNotFoundException() {
            super("no such coverage on the case's patient");
        }
    }

    private final CoverageRepository coverages;
    private final CoverageRenewals renewals;
    private final CareCaseService cases;
    private final Clock clock;

    CoverageService(CoverageRepository coverages, CoverageRenewals renewals, CareCaseService cases, Clock clock) {
        this.coverages = coverages;
        this.renewals = renewals;
        this.cases = cases;
        this.clock = clock;
    }

    public List<Coverage> ofCase(long caseId) {
        return coverages.ofPatient(cases.require(caseId).patientId());
    }

    /**
     * @throws org.carecoord.cases.CaseNotFoundException  no such case
     * @throws org.carecoord.cases.CaseClosedException    the case is closed
     * @throws InvalidBenefitsInputException              the period is reversed, or the order is taken
     */
    @Transactional
    public Coverage add(long caseId, CoverageRequest request, String actor) {
        CareCase careCase = cases.requireOpen(caseId);
        check(careCase, request, null);
        long id = coverages.insert(careCase.patientId(), request, actor, Instant.now(clock));
        Coverage coverage = coverages.find(id).orElseThrow();
        renewals.coverageSaved(careCase, coverage);
        return coverage;
    }

    @Transactional
    public Coverage change(long caseId, long coverageId, CoverageRequest request, String actor) {
        CareCase careCase = cases.requireOpen(caseId);
        coverages.find(careCase.patientId(), coverageId).orElseThrow(CoverageNotFoundException::new);
        check(careCase, request, coverageId);
        coverages.update(coverageId, request, actor, Instant.now(clock));
        Coverage coverage = coverages.find(coverageId).orElseThrow();
        renewals.coverageSaved(careCase, coverage);
        return coverage;
    }

    private void check(CareCase careCase, CoverageRequest request, Long coverageId) {
        if (request.periodEnd() != null && request.periodEnd().isBefore(request.periodStart())) {
            throw new InvalidBenefitsInputException("periodEnd", "must not be before periodStart");
        }
        if (Coverage.ACTIVE.equals(request.statusOrActive())
                && coverages.activeInOrder(careCase.patientId(), request.order(), coverageId)) {
            throw new InvalidBenefitsInputException(
                    "order", "the patient already has an active coverage in this order (1 primary, 2 secondary)");
        }
    }
}
