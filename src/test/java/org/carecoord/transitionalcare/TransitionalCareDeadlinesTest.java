package org.carecoord.transitionalcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CMS transitional-care deadlines over weekends, holidays (observed) and the year's end. */
class TransitionalCareDeadlinesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final TransitionalCareService service = new TransitionalCareService(
            null,
            null,
            new BusinessCalendar(BusinessCalendarProperties.defaults(NEW_YORK), Clock.system(NEW_YORK)),
            null,
            null,
            Clock.system(NEW_YORK));

    @ParameterizedTest(name = "discharged {0} → contact by the end of {1}")
    @CsvSource({
        "2026-03-02, 2026-03-04", // Monday → Wednesday
        "2026-03-05, 2026-03-09", // Thursday → Friday is day 1, Monday day 2
        "2026-03-06, 2026-03-10", // Friday → Monday, Tuesday
        "2026-03-07, 2026-03-10", // Saturday → Monday, Tuesday
        "2026-11-25, 2026-11-30", // the day before Thanksgiving → Friday, Monday
        "2026-12-23, 2026-12-28", // Christmas Friday → Thursday 24 is day 1, Monday 28 day 2
        "2026-12-30, 2027-01-04", // year end: Thursday 31 is day 1, New Year's Day off, Monday 4
        "2027-07-02, 2027-07-07", // Independence Day 2027 is a Sunday, observed Monday 5
    })
    void contactIsDueAtTheEndOfTheSecondBusinessDayAfterDischarge(LocalDate dischargedOn, LocalDate dueOn) {
        assertThat(service.contactDue(dischargedOn))
                .isEqualTo(dueOn.atTime(BusinessCalendarProperties.DEFAULT_END_OF_DAY)
                        .atZone(NEW_YORK)
                        .toInstant());
    }

    @Test
    void faceToFaceVisitIsDueSevenCalendarDaysAfterDischargeForHighRiskAndFourteenOtherwise() {
        LocalDate friday = LocalDate.of(2026, 12, 25);
        assertThat(service.faceToFaceDue(friday, true)).isEqualTo(endOfDay(2027, 1, 1));
        assertThat(service.faceToFaceDue(friday, false)).isEqualTo(endOfDay(2027, 1, 8));
    }

    @ParameterizedTest(name = "reached={0} after {1} attempt(s) → {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "true, 1, reached",
                "false, 1, none",
                "false, 2, two-attempts",
                "true, 2, reached",
                "false, 3, two-attempts",
            })
    void theContactRequirementIsMetByReachingThePatientOrTwoDocumentedAttempts(
            boolean reached, int attempts, String outcome) {
        assertThat(TransitionalCareService.contactOutcome(reached, attempts)).isEqualTo(outcome);
    }

    @Test
    void lengthOfStayCountsNights() {
        var stay = new HospitalStay(
                1,
                1,
                "Springfield General",
                LocalDate.of(2026, 12, 29),
                LocalDate.of(2027, 1, 2),
                "home",
                Instant.EPOCH,
                Instant.EPOCH,
                Instant.EPOCH,
                0,
                null,
                null,
                null,
                null,
                null);
        assertThat(stay.lengthOfStayDays()).isEqualTo(4);
    }

    private static Instant endOfDay(int year, int month, int day) {
        return ZonedDateTime.of(LocalDate.of(year, month, day), BusinessCalendarProperties.DEFAULT_END_OF_DAY, NEW_YORK)
                .toInstant();
    }
}
