package org.carecoord.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

// Expected dates checked against OPM's published federal holiday tables and a calendar.
class UsFederalHolidaysTest {

    @Test
    void observes2026HolidaysWithIndependenceDayOnSaturdayMovedToFriday() {
        assertThat(UsFederalHolidays.observedIn(2026))
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 19),
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 6, 19),
                        LocalDate.of(2026, 7, 3),
                        LocalDate.of(2026, 9, 7),
                        LocalDate.of(2026, 10, 12),
                        LocalDate.of(2026, 11, 11),
                        LocalDate.of(2026, 11, 26),
                        LocalDate.of(2026, 12, 25));
    }

    @Test
    void observesNewYearOnSaturdayOnDecember31OfThePreviousYear() {
        assertThat(UsFederalHolidays.observedIn(2021))
                .contains(LocalDate.of(2021, 12, 24), LocalDate.of(2021, 12, 31))
                .hasSize(12);
        assertThat(UsFederalHolidays.observedIn(2022))
                .doesNotContain(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 3))
                .first()
                .isEqualTo(LocalDate.of(2022, 1, 17));
    }

    @Test
    void observesHolidaysOnSundayOnTheFollowingMonday() {
        assertThat(UsFederalHolidays.observedIn(2023)).first().isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(UsFederalHolidays.observedIn(2022))
                .contains(LocalDate.of(2022, 6, 20), LocalDate.of(2022, 12, 26))
                .doesNotContain(LocalDate.of(2022, 6, 19), LocalDate.of(2022, 12, 25));
    }

    @Test
    void observes2027HolidaysFallingOnWeekends() {
        assertThat(UsFederalHolidays.observedIn(2027))
                .contains(
                        LocalDate.of(2027, 6, 18),
                        LocalDate.of(2027, 7, 5),
                        LocalDate.of(2027, 12, 24),
                        LocalDate.of(2027, 12, 31))
                .doesNotContain(LocalDate.of(2027, 6, 19), LocalDate.of(2027, 7, 4), LocalDate.of(2027, 12, 25))
                .hasSize(12);
    }

    @Test
    void observesVeteransDayOnSaturdayOnTheFridayBefore() {
        assertThat(UsFederalHolidays.observedIn(2023)).contains(LocalDate.of(2023, 11, 10));
    }

    @Test
    void hasNoJuneteenthBeforeItBecameAFederalHolidayIn2021() {
        assertThat(UsFederalHolidays.observedIn(2020)).hasSize(10).noneMatch(date -> date.getMonthValue() == 6);
        assertThat(UsFederalHolidays.observedIn(2021)).contains(LocalDate.of(2021, 6, 18));
    }
}
