package org.carecoord.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

// Weekdays of every date here were checked with a calendar; 2026-03-08 is the DST change in New York.
class BusinessCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final BusinessCalendar calendar = calendarAt(LocalDateTime.of(2026, 3, 10, 10, 0));

    @Test
    void addingBusinessDaysSkipsWeekends() {
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 5), 3)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 14), 1)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void addingZeroBusinessDaysKeepsABusinessDayAndMovesAWeekendToMonday() {
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 10), 0)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 14), 0)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void addingBusinessDaysSkipsThanksgiving() {
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 25), 1)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 25), 2)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void addingBusinessDaysSkipsChristmasAndNewYearAcrossTheYearEnd() {
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void newYearObservedOnDecember31IsNoBusinessDay() {
        assertThat(calendar.isHoliday(LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(calendar.addBusinessDays(LocalDate.of(2027, 12, 23), 1)).isEqualTo(LocalDate.of(2027, 12, 27));
        assertThat(calendar.addBusinessDays(LocalDate.of(2027, 12, 30), 1)).isEqualTo(LocalDate.of(2028, 1, 3));
    }

    @Test
    void configuredExtraHolidayIsNoBusinessDay() {
        BusinessCalendar withChristmasEve = new BusinessCalendar(
                new BusinessCalendarProperties(NEW_YORK, null, true, List.of(LocalDate.of(2026, 12, 24))),
                Clock.systemUTC());

        assertThat(withChristmasEve.isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(withChristmasEve.addBusinessDays(LocalDate.of(2026, 12, 23), 1))
                .isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(withChristmasEve.holidaysIn(2026)).endsWith(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    }

    @Test
    void withFederalHolidaysDisabledOnlyWeekendsAndConfiguredDatesAreClosed() {
        BusinessCalendar weekdaysOnly = new BusinessCalendar(
                new BusinessCalendarProperties(NEW_YORK, null, false, List.of(LocalDate.of(2026, 3, 20))),
                Clock.systemUTC());

        assertThat(weekdaysOnly.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(weekdaysOnly.addBusinessDays(LocalDate.of(2026, 11, 25), 1)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(weekdaysOnly.holidaysIn(2026)).containsExactly(LocalDate.of(2026, 3, 20));
    }

    @Test
    void endOfBusinessDayIsTheConfiguredTimeInTheConfiguredZone() {
        BusinessCalendar chicagoAtFourThirty = new BusinessCalendar(
                new BusinessCalendarProperties(ZoneId.of("America/Chicago"), LocalTime.of(16, 30), true, null),
                Clock.systemUTC());

        assertThat(chicagoAtFourThirty
                        .endOfBusinessDay(LocalDate.of(2026, 3, 10))
                        .toInstant())
                .isEqualTo(Instant.parse("2026-03-10T21:30:00Z"));
    }

    @Test
    void dueSameDayBeforeEndOfDayIsTheEndOfToday() {
        assertThat(calendar.dueInBusinessDays(0)).isEqualTo(endOfDay(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void dueSameDayAtOrAfterEndOfDayIsTheEndOfTheNextBusinessDay() {
        assertThat(calendarAt(LocalDateTime.of(2026, 3, 10, 17, 0)).dueInBusinessDays(0))
                .isEqualTo(endOfDay(LocalDate.of(2026, 3, 11)));
        assertThat(calendarAt(LocalDateTime.of(2026, 3, 13, 18, 30)).dueInBusinessDays(0))
                .isEqualTo(endOfDay(LocalDate.of(2026, 3, 16)));
    }

    @Test
    void dueSameDayOnASaturdayIsTheEndOfMonday() {
        assertThat(calendarAt(LocalDateTime.of(2026, 3, 14, 9, 0)).dueInBusinessDays(0))
                .isEqualTo(endOfDay(LocalDate.of(2026, 3, 16)));
    }

    @Test
    void dueInOneBusinessDayOnTheEveOfThanksgivingIsTheEndOfFriday() {
        assertThat(calendarAt(LocalDateTime.of(2026, 11, 25, 9, 0)).dueInBusinessDays(1))
                .isEqualTo(endOfDay(LocalDate.of(2026, 11, 27)));
    }

    @Test
    void todayIsReckonedInTheCalendarZoneNotTheClockZone() {
        // 20:00 UTC is 16:00 in New York (EDT): still before the end of Tuesday there.
        Clock utcClock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
        BusinessCalendar newYork = new BusinessCalendar(BusinessCalendarProperties.defaults(NEW_YORK), utcClock);

        assertThat(newYork.today()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(newYork.dueInBusinessDays(0)).isEqualTo(endOfDay(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void dueTwoBusinessDaysAfterAFridayDischargeIsTheEndOfTuesday() {
        assertThat(calendar.dueInBusinessDaysAfter(LocalDate.of(2026, 3, 13), 2))
                .isEqualTo(endOfDay(LocalDate.of(2026, 3, 17)));
    }

    @Test
    void negativeBusinessDaysAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addBusinessDays(LocalDate.of(2026, 3, 10), -1));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.dueInBusinessDays(-1));
    }

    private static BusinessCalendar calendarAt(LocalDateTime newYorkTime) {
        Clock clock = Clock.fixed(newYorkTime.atZone(NEW_YORK).toInstant(), NEW_YORK);
        return new BusinessCalendar(BusinessCalendarProperties.defaults(NEW_YORK), clock);
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(17, 0).atZone(NEW_YORK).toInstant());
    }
}
