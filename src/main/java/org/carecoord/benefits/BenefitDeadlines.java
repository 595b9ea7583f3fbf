package org.carecoord.benefits;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.carecoord.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/** The business-day dates of a benefit problem: its follow-up and an appeal's warning and deadline. */
@Component
public class BenefitDeadlines {

    private final BusinessCalendar calendar;

    public BenefitDeadlines(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** The end of the 5th business day from today. */
    Date followUpDue() {
        return calendar.dueInBusinessDays(BenefitsProcess.FOLLOW_UP_BUSINESS_DAYS);
    }

    /** An appeal deadline passes at the end of its business day. */
    Date appealDeadlineAt(LocalDate deadline) {
        return Date.from(calendar.endOfBusinessDay(deadline).toInstant());
    }

    /** Managers are told at the start of the 3rd business day before the deadline. */
    Date appealWarningAt(LocalDate deadline) {
        LocalDate day = deadline;
        int counted = 0;
        while (counted < BenefitsProcess.APPEAL_WARNING_BUSINESS_DAYS) {
            day = day.minusDays(1);
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
        }
        return Date.from(
                calendar.endOfBusinessDay(day).truncatedTo(ChronoUnit.DAYS).toInstant());
    }

    LocalDate today() {
        return calendar.today();
    }
}
