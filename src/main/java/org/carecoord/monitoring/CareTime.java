package org.carecoord.monitoring;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.monitoring.MonitoringRepository.ContactRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's contacts and its care-management time: minutes per calendar month (in the calendar's zone), summed over
 * every recorded attempt. CMS chronic care management counts a month with at least 20 minutes.
 */
@Service
@Transactional(readOnly = true)
public class CareTime {

    static final int CCM_MINUTES_PER_MONTH = 20;

    private final MonitoringRepository monitoring;
    private final ZoneId zone;

    CareTime(MonitoringRepository monitoring, BusinessCalendarProperties calendar) {
        this.monitoring = monitoring;
        this.zone = calendar.zone();
    }

    /** One calendar month's care-management time. */
    public record Month(String month, int minutes, boolean ccmThresholdMet) {}

    /** Contacts newest first, and the months with contacts, newest first. */
    public record Contacts(List<ContactRow> contacts, List<Month> months) {}

    /** Minutes recorded so far in the current calendar month (in the calendar's zone). */
    public int minutesThisMonth(long caseId, Instant now) {
        YearMonth month = YearMonth.from(now.atZone(zone));
        return monitoring.contacts(caseId).stream()
                .filter(contact ->
                        YearMonth.from(contact.contactedAt().atZone(zone)).equals(month))
                .mapToInt(ContactRow::minutesSpent)
                .sum();
    }

    public Contacts of(long caseId) {
        List<ContactRow> contacts = monitoring.contacts(caseId);
        Map<YearMonth, Integer> minutes = new TreeMap<>(Comparator.reverseOrder());
        for (ContactRow contact : contacts) {
            minutes.merge(YearMonth.from(contact.contactedAt().atZone(zone)), contact.minutesSpent(), Integer::sum);
        }
        return new Contacts(
                contacts,
                minutes.entrySet().stream()
                        .map(e -> new Month(e.getKey().toString(), e.getValue(), e.getValue() >= CCM_MINUTES_PER_MONTH))
                        .toList());
    }
}
