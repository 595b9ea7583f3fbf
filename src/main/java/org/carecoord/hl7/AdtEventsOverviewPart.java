package org.carecoord.hl7;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's latest ADT events from the hospital feed (admissions noted, discharges reported), newest first. */
@Component
class AdtEventsOverviewPart implements CaseOverviewPart {

    private static final int RECENT = 10;

    private final AdtMessageRepository messages;

    AdtEventsOverviewPart(AdtMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public String section() {
        return "adtEvents";
    }

    @Override
    public Object of(CareCase careCase) {
        var events = messages.ofCase(careCase.id(), RECENT);
        return events.isEmpty() ? null : events;
    }
}
