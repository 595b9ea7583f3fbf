package org.carecoord.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What counts as a business day and when it ends.
 *
 * @param zone              zone in which business days and their end are reckoned; default the system zone
 * @param endOfDay          time by which something "due by end of business day" is due; default 17:00
 * @param usFederalHolidays whether US federal holidays (observed dates) are non-business days; default true
 * @param holidays          further non-business dates, e.g. an organisation's own closures
 */
@ConfigurationProperties(prefix = "carecoord.calendar")
public record BusinessCalendarProperties(
        ZoneId zone,
        LocalTime endOfDay,
        @DefaultValue("true") boolean usFederalHolidays,
        List<LocalDate> holidays) {

    public static final LocalTime DEFAULT_END_OF_DAY = LocalTime.of(17, 0);

    public BusinessCalendarProperties {
        zone = zone != null ? zone : ZoneId.systemDefault();
        endOfDay = endOfDay != null ? endOfDay : DEFAULT_END_OF_DAY;
        holidays = holidays != null ? List.copyOf(holidays) : List.of();
    }

    /** The defaults, in the given zone: ends at 17:00, US federal holidays, no extra dates. */
    public static BusinessCalendarProperties defaults(ZoneId zone) {
        return new BusinessCalendarProperties(zone, DEFAULT_END_OF_DAY, true, List.of());
    }
}
