package org.carecoord.monitoring;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.monitoring.MonitoringProcess.AppointmentRow;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.variables.FormDates;
import org.carecoord.variables.JsonVariables;

/** What the coordinator recorded in one "Outreach contact" (one attempt), read from the form's variables. */
record ContactReport(long caseId, int attempt, boolean reached, String channel, int minutesSpent,
                     String patientStatus, List<String> newNeeds, boolean medicationConcerns,
                     List<Appointment> appointments, List<String> barriers, String note, String episodeEnds) {

    /** An appointment to remind the patient of: local date and time in the calendar's zone, and where. */
    record Appointment(LocalDate date, LocalTime time, String provider) {
    }

    /** 24-hour "14:30" or 12-hour "2:30 PM", as the form's pattern allows. */
    public static final String TIME_PATTERN = "^(([01]?[0-9]|2[0-3]):[0-5][0-9]|(0?[1-9]|1[0-2]):[0-5][0-9] ?[AaPp][Mm])$";
    private static final DateTimeFormatter TWELVE_HOUR = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    static ContactReport from(Map<String, Object> form, long caseId, int attempt) {
        boolean reached = MonitoringProcess.YES.equals(text(form, ContactForm.REACHED.name()));
        List<Appointment> appointments = new ArrayList<>();
        for (String row : ContactForm.APPOINTMENT_ROWS) {
            JsonNode fields = JsonVariables.tree(form.get(row));
            LocalDate date = FormDates.parse(fields.path(AppointmentRow.DATE).asText(null));
            LocalTime time = time(fields.path(AppointmentRow.TIME).asText(""));
            String provider = fields.path(AppointmentRow.PROVIDER).asText("").trim();
            if (date != null && time != null && !provider.isEmpty()) {
                appointments.add(new Appointment(date, time, provider));
            }
        }
        Object minutes = form.get(ContactForm.MINUTES_SPENT.name());
        return new ContactReport(caseId, attempt, reached, text(form, ContactForm.CHANNEL.name()),
                minutes == null || minutes.toString().isBlank() ? 0 : (int) Double.parseDouble(minutes.toString()),
                reached ? text(form, ContactForm.PATIENT_STATUS.name()) : null,
                reached ? JsonVariables.strings(form.get(ContactForm.NEW_NEEDS.name())) : List.of(),
                reached && Boolean.TRUE.equals(form.get(ContactForm.MEDICATION_CONCERNS.name())),
                reached ? appointments : List.of(),
                reached ? JsonVariables.strings(form.get(ContactForm.BARRIERS.name())) : List.of(),
                text(form, ContactForm.NOTE.name()), text(form, ContactForm.EPISODE_ENDS.name()));
    }

    /** Where the process goes next: the episode ends, the patient was reached, or another attempt (or managers). */
    String outcome() {
        if (episodeEnds != null) {
            return MonitoringProcess.OUTCOME_EPISODE_ENDS;
        }
        if (reached) {
            return MonitoringProcess.OUTCOME_REACHED;
        }
        return attempt >= MonitoringProcess.MAX_ATTEMPTS ? MonitoringProcess.OUTCOME_UNREACHABLE
                : MonitoringProcess.OUTCOME_NOT_REACHED;
    }

    /** Worsening or a new need calls for a re-assessment. */
    boolean reassessmentNeeded() {
        return reached && (MonitoringProcess.STATUS_WORSENING.equals(patientStatus) || !newNeeds.isEmpty());
    }

    static LocalTime time(String typed) {
        String value = typed.trim().toUpperCase(Locale.ROOT);
        if (!value.matches(TIME_PATTERN)) {
            return null;
        }
        try {
            if (value.endsWith("M")) {
                String spaced = value.replaceAll("\\s*([AP]M)$", " $1");
                return LocalTime.parse(spaced, TWELVE_HOUR);
            }
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static String text(Map<String, Object> form, String field) {
        Object value = form.get(field);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
