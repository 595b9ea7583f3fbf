package org.carecoord.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Business days (Monday to Friday, not a holiday) and the due dates that count them. Every user-task due date and
 * timer that speaks of "business days" goes through here, e.g.
 * {@code camunda:dueDate="${businessCalendar.dueInBusinessDays(1)}"}.
 */
@Component
public class BusinessCalendar {

    private final BusinessCalendarProperties properties;
    private final Clock clock;
    private final Map<Integer, List<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(BusinessCalendarProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** Whether {@code date} is an observed federal holiday (if enabled) or a configured holiday. */
    public boolean isHoliday(LocalDate date) {
        return holidaysIn(date.getYear()).contains(date);
    }

    /**
     * The holidays observed in {@code year}, sorted: observed federal holidays (if enabled) and configured dates.
     * A New Year's Day on a Saturday appears as December 31 of the year before.
     */
    public List<LocalDate> holidaysIn(int year) {
        return holidaysByYear.computeIfAbsent(year, this::computeHolidays);
    }

    /**
     * The {@code days}-th business day after {@code start}; for 0, {@code start} itself if it is a business day,
     * else the next business day.
     */
    public LocalDate addBusinessDays(LocalDate start, int days) {
        requireNonNegative(days);
        LocalDate date = start;
        if (days == 0) {
            while (!isBusinessDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** {@code day} at the configured end of the business day, in the configured zone. */
    public ZonedDateTime endOfBusinessDay(LocalDate day) {
        return day.atTime(properties.endOfDay()).atZone(properties.zone());
    }

    /**
     * Due at the end of the {@code days}-th business day after today. For 0 ("same day"): the end of today if
     * today is a business day that has not yet ended, else the end of the next business day.
     */
    public Date dueInBusinessDays(int days) {
        requireNonNegative(days);
        ZonedDateTime now = now();
        LocalDate today = now.toLocalDate();
        if (days == 0) {
            boolean todayStillOpen = isBusinessDay(today) && now.toLocalTime().isBefore(properties.endOfDay());
            return toDate(todayStillOpen ? today : addBusinessDays(today, 1));
        }
        return toDate(addBusinessDays(today, days));
    }

    /**
     * Due at the end of the {@code days}-th business day after {@code date}, e.g. "by the end of the second
     * business day after discharge"; for 0, the end of {@code date} or, if it is no business day, of the next.
     */
    public Date dueInBusinessDaysAfter(LocalDate date, int days) {
        return toDate(addBusinessDays(date, days));
    }

    /** Today in the calendar's zone, by the clock. */
    public LocalDate today() {
        return now().toLocalDate();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(properties.zone()));
    }

    private Date toDate(LocalDate day) {
        return Date.from(endOfBusinessDay(day).toInstant());
    }

    private List<LocalDate> computeHolidays(int year) {
        Stream<LocalDate> federal =
                properties.usFederalHolidays() ? UsFederalHolidays.observedIn(year).stream() : Stream.empty();
        Stream<LocalDate> configured = properties.holidays().stream().filter(date -> date.getYear() == year);
        return Stream.concat(federal, configured).distinct().sorted().toList();
    }

    private static void requireNonNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days must not be negative: " + days);
        }
    }
}
