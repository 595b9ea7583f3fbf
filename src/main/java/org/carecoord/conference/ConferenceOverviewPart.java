package org.carecoord.conference;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's conferences, newest first. */
@Component
class ConferenceOverviewPart implements CaseOverviewPart {

    private final ConferenceService conferences;

    ConferenceOverviewPart(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    public String section() {
        return "conferences";
    }

    @Override
    public Object of(CareCase careCase) {
        return conferences.ofCase(careCase.id());
    }
}
