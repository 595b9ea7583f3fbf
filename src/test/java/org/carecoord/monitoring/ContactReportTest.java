package org.carecoord.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carecoord.monitoring.MonitoringProcess.AppointmentRow;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.junit.jupiter.api.Test;

/** How a submitted "Outreach contact" form is read: times as typed, incomplete rows ignored, where to go next. */
class ContactReportTest {

    @Test
    void timesAreReadAsTypedInTwelveOrTwentyFourHourForm() {
        assertThat(ContactReport.time("2:30 PM")).isEqualTo(LocalTime.of(14, 30));
        assertThat(ContactReport.time("2:30pm")).isEqualTo(LocalTime.of(14, 30));
        assertThat(ContactReport.time("12:05 AM")).isEqualTo(LocalTime.of(0, 5));
        assertThat(ContactReport.time("09:15")).isEqualTo(LocalTime.of(9, 15));
        assertThat(ContactReport.time("9:15")).isEqualTo(LocalTime.of(9, 15));
        assertThat(ContactReport.time("25:00")).isNull();
        assertThat(ContactReport.time("")).isNull();
    }

    @Test
    void onlyCompleteAppointmentRowsAreKept() {
        Map<String, Object> form = reached();
        form.put(
                ContactForm.APPOINTMENT_1.name(),
                Map.of(
                        AppointmentRow.DATE,
                        "04/07/2026",
                        AppointmentRow.TIME,
                        "10:00 AM",
                        AppointmentRow.PROVIDER,
                        "Springfield Clinic"));
        form.put(
                ContactForm.APPOINTMENT_2.name(),
                Map.of(AppointmentRow.DATE, "04/08/2026", AppointmentRow.TIME, "10:00 AM"));
        form.put(
                ContactForm.APPOINTMENT_3.name(),
                "{\"date\": \"2026-04-09\", \"time\": \"15:45\", \"provider\": \"12 Elm St\"}");

        ContactReport report = ContactReport.from(form, 42L, 1);

        assertThat(report.appointments())
                .containsExactly(
                        new ContactReport.Appointment(
                                LocalDate.of(2026, 4, 7), LocalTime.of(10, 0), "Springfield Clinic"),
                        new ContactReport.Appointment(LocalDate.of(2026, 4, 9), LocalTime.of(15, 45), "12 Elm St"));
    }

    @Test
    void aPatientNotReachedIsTriedAgainUntilTheThirdAttempt() {
        Map<String, Object> form = new HashMap<>(Map.of(
                ContactForm.REACHED.name(),
                MonitoringProcess.NO,
                ContactForm.MINUTES_SPENT.name(),
                4L,
                ContactForm.PATIENT_STATUS.name(),
                MonitoringProcess.STATUS_WORSENING));

        assertThat(ContactReport.from(form, 42L, 1).outcome()).isEqualTo(MonitoringProcess.OUTCOME_NOT_REACHED);
        ContactReport third = ContactReport.from(form, 42L, 3);
        assertThat(third.outcome()).isEqualTo(MonitoringProcess.OUTCOME_UNREACHABLE);
        assertThat(third.patientStatus())
                .as("what was not asked is not recorded")
                .isNull();
        assertThat(third.reassessmentNeeded()).isFalse();
        assertThat(third.minutesSpent()).isEqualTo(4);
    }

    @Test
    void worseningOrANewNeedCallsForAReassessmentAndTheEpisodeEndingWins() {
        Map<String, Object> form = reached();
        assertThat(ContactReport.from(form, 42L, 1).reassessmentNeeded()).isFalse();
        form.put(ContactForm.NEW_NEEDS.name(), List.of("housing"));
        assertThat(ContactReport.from(form, 42L, 1).reassessmentNeeded()).isTrue();

        form.put(ContactForm.EPISODE_ENDS.name(), MonitoringProcess.DISCHARGE_MOVED_OUT_OF_AREA);
        assertThat(ContactReport.from(form, 42L, 1).outcome()).isEqualTo(MonitoringProcess.OUTCOME_EPISODE_ENDS);
    }

    private static Map<String, Object> reached() {
        return new HashMap<>(Map.of(
                ContactForm.REACHED.name(),
                MonitoringProcess.YES,
                ContactForm.CHANNEL.name(),
                "video",
                ContactForm.MINUTES_SPENT.name(),
                20L,
                ContactForm.PATIENT_STATUS.name(),
                MonitoringProcess.STATUS_STABLE));
    }
}
