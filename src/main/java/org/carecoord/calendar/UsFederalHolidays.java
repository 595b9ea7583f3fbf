package org.carecoord.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Stream;

/** US federal holidays (5 U.S.C. 6103) on the days they are observed, by the OPM weekend rule. */
final class UsFederalHolidays {

    /** Juneteenth became a federal holiday in June 2021. */
    private static final int FIRST_JUNETEENTH = 2021;

    private UsFederalHolidays() {}

    /**
     * The observed holidays that fall in {@code year}, sorted. A New Year's Day on a Saturday is observed on
     * December 31, so it belongs to the previous year's list, not its own.
     */
    static List<LocalDate> observedIn(int year) {
        Stream<LocalDate> thisYear = actualIn(year).stream();
        Stream<LocalDate> nextNewYear = Stream.of(LocalDate.of(year + 1, Month.JANUARY, 1));
        return Stream.concat(thisYear, nextNewYear)
                .map(UsFederalHolidays::observed)
                .filter(date -> date.getYear() == year)
                .sorted()
                .toList();
    }

    private static List<LocalDate> actualIn(int year) {
        Stream<LocalDate> holidays = Stream.of(
                LocalDate.of(year, Month.JANUARY, 1),
                nth(year, Month.JANUARY, 3, MONDAY), // Martin Luther King Jr. Day
                nth(year, Month.FEBRUARY, 3, MONDAY), // Washington's Birthday
                LocalDate.of(year, Month.MAY, 1).with(lastInMonth(MONDAY)), // Memorial Day
                LocalDate.of(year, Month.JULY, 4),
                nth(year, Month.SEPTEMBER, 1, MONDAY), // Labor Day
                nth(year, Month.OCTOBER, 2, MONDAY), // Columbus Day
                LocalDate.of(year, Month.NOVEMBER, 11), // Veterans Day
                nth(year, Month.NOVEMBER, 4, THURSDAY), // Thanksgiving Day
                LocalDate.of(year, Month.DECEMBER, 25));
        return year >= FIRST_JUNETEENTH
                ? Stream.concat(holidays, Stream.of(LocalDate.of(year, Month.JUNE, 19)))
                        .toList()
                : holidays.toList();
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek dayOfWeek) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(ordinal, dayOfWeek));
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }
}
