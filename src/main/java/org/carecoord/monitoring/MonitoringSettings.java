package org.carecoord.monitoring;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

import org.carecoord.calendar.BusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monitoring stage's settings ({@code carecoord.monitoring.*}); the model reads
 * {@code ${monitoringSettings.reviewDue(reviewDueOn)}} and {@code ${monitoringSettings.contactInterval(contactIntervalDays)}}.
 */
@Component("monitoringSettings")
public class MonitoringSettings {

    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final Period reviewEvery;
    private final String contactPhone;
    private final BusinessCalendar calendar;
    private final Duration contactIntervalDay;

    public MonitoringSettings(Period reviewEvery, String contactPhone, BusinessCalendar calendar) {
        this(reviewEvery, contactPhone, calendar, ONE_DAY);
    }

    @Autowired
    public MonitoringSettings(
            @Value("${carecoord.monitoring.review-every:P90D}") Period reviewEvery,
            @Value("${carecoord.monitoring.contact-phone:${carecoord.referral.contact-phone:+1 555 0100}}")
                    String contactPhone,
            BusinessCalendar calendar,
            @Value("${carecoord.monitoring.contact-interval-day:P1D}") Duration contactIntervalDay) {
        if (contactIntervalDay.isNegative() || contactIntervalDay.isZero()) {
            throw new IllegalArgumentException("carecoord.monitoring.contact-interval-day must be positive");
        }
        this.reviewEvery = reviewEvery;
        this.contactPhone = contactPhone;
        this.calendar = calendar;
        this.contactIntervalDay = contactIntervalDay;
    }

    /**
     * The wait before the next outreach contact (the timer's ISO-8601 duration): {@code P<days>D} as the risk tier
     * says. Only a test that runs whole episodes in minutes sets {@code carecoord.monitoring.contact-interval-day}
     * shorter than a day (e.g. {@code PT0.1S}), and then each day of the interval lasts that long.
     */
    public String contactInterval(int days) {
        if (contactIntervalDay.equals(ONE_DAY)) {
            return "P" + days + "D";
        }
        return contactIntervalDay.multipliedBy(days).toString();
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
