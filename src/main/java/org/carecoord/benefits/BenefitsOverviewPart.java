package org.carecoord.benefits;

import java.util.Arrays;
import java.util.List;

import org.carecoord.benefits.BenefitsProcess.ProblemKind;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/**
 * The case overview's insurance section: the patient's coverages, the case's open benefit problems with their step,
 * the problem kinds the "Report a problem" button offers, and how many problems were closed.
 */
@Component
class BenefitsOverviewPart implements CaseOverviewPart {

    record Kind(String code, String label) {}

    record Benefits(
            List<Coverage> coverages, List<BenefitProblem> openProblems, int closedProblems, List<Kind> kinds) {}

    private static final List<Kind> KINDS = Arrays.stream(ProblemKind.values())
            .map(kind -> new Kind(kind.code(), kind.label()))
            .toList();

    private final CoverageRepository coverages;
    private final BenefitProblemRepository problems;

    BenefitsOverviewPart(CoverageRepository coverages, BenefitProblemRepository problems) {
        this.coverages = coverages;
        this.problems = problems;
    }

    @Override
    public String section() {
        return "benefits";
    }

    @Override
    public Object of(CareCase careCase) {
        List<BenefitProblem> all = problems.ofCase(careCase.id());
        List<BenefitProblem> open =
                all.stream().filter(p -> p.closedAt() == null).toList();
        return new Benefits(coverages.ofPatient(careCase.patientId()), open, all.size() - open.size(), KINDS);
    }
}
