package org.carecoord.transitionalcare;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's hospital stays, newest first, with their transitional-care deadlines. */
@Component
class HospitalStaysOverviewPart implements CaseOverviewPart {

    private final HospitalStayRepository stays;

    HospitalStaysOverviewPart(HospitalStayRepository stays) {
        this.stays = stays;
    }

    @Override
    public String section() {
        return "hospitalStays";
    }

    @Override
    public Object of(CareCase careCase) {
        return stays.ofCase(careCase.id());
    }
}
