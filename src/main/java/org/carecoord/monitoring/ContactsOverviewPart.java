package org.carecoord.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's outreach: the latest contacts and this month's care-management minutes. */
@Component
class ContactsOverviewPart implements CaseOverviewPart {

    static final int RECENT = 5;

    record RecentContacts(
            int minutesThisMonth, int ccmMinutesPerMonth, int total, List<MonitoringRepository.ContactRow> recent) {}

    private final CareTime careTime;
    private final Clock clock;

    ContactsOverviewPart(CareTime careTime, Clock clock) {
        this.careTime = careTime;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "contacts";
    }

    @Override
    public Object of(CareCase careCase) {
        var contacts = careTime.of(careCase.id()).contacts();
        return new RecentContacts(
                careTime.minutesThisMonth(careCase.id(), Instant.now(clock)),
                CareTime.CCM_MINUTES_PER_MONTH,
                contacts.size(),
                contacts.stream().limit(RECENT).toList());
    }
}
