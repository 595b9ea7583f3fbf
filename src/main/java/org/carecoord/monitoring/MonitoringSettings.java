package org.carecoord.monitoring;

import java.time.LocalDate;
import java.time.Period;

import org.carecoord.calendar.BusinessCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monitoring stage's settings ({@code carecoord.monitoring.*}); the model reads
 * {@code ${monitoringSettings.reviewDue(reviewDueOn)}}.
 */
@Component("monitoringSettings")
public class MonitoringSettings {

    private final Period reviewEvery;
    private final String contactPhone;
    private final BusinessCalendar calendar;

    public MonitoringSettings(
            @Value("${carecoord.monitoring.review-every:P90D}") Period reviewEvery,
            @Value("${carecoord.monitoring.contact-phone:${carecoord.referral.contact-phone:+1 555 0100}}")
                    String contactPhone,
            BusinessCalendar calendar) {
        this.reviewEvery = reviewEvery;
        this.contactPhone = contactPhone;
        this.calendar = calendar;
    }

    /** Whether the scheduled plan review (ISO date) is due today or overdue. */
    public boolean reviewDue(String reviewDueOn) {
        return reviewDueOn == null || !calendar.today().isBefore(LocalDate.parse(reviewDueOn));
    }

    /** The date of the next scheduled plan review, counted from today (ISO). */
    public String nextReviewOn() {
        return calendar.today().plus(reviewEvery).toString();
    }

    /** The phone number patients call about an appointment. */
    String contactPhone() {
        return contactPhone;
    }
}
