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
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.monitoring.MonitoringProcess.AppointmentRow;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.variables.FormDates;
import org.carecoord.variables.Var;

/** What the coordinator recorded in one "Outreach contact" (one attempt), read from the form's variables. */
record ContactReport(
        long caseId,
        int attempt,
        boolean reached,
        String channel,
        int minutesSpent,
        String patientStatus,
        List<String> newNeeds,
        boolean medicationConcerns,
        List<Appointment> appointments,
        List<String> barriers,
        String note,
        String episodeEnds) {

    /** An appointment to remind the patient of: local date and time in the calendar's zone, and where. */
    record Appointment(LocalDate date, LocalTime time, String provider) {}

    /** 24-hour "14:30" or 12-hour "2:30 PM", as the form's pattern allows. */
    public static final String TIME_PATTERN =
            "^(([01]?[0-9]|2[0-3]):[0-5][0-9]|(0?[1-9]|1[0-2]):[0-5][0-9] ?[AaPp][Mm])$";

    private static final DateTimeFormatter TWELVE_HOUR = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    /** The attempt "Record contact" reads from the outreach contact's answers. */
    static ContactReport from(VariableScope execution, long caseId, int attempt) {
        return read(
                new Answers() {
                    @Override
                    public <T> T get(Var<T> field) {
                        return field.get(execution);
                    }
                },
                caseId,
                attempt);
    }

    /** The attempt as a client submits the form (Tasklist's Json or Java maps and lists). */
    static ContactReport from(Map<String, ?> form, long caseId, int attempt) {
        return read(
                new Answers() {
                    @Override
                    public <T> T get(Var<T> field) {
                        return field.from(form);
                    }
                },
                caseId,
                attempt);
    }

    /** Where the form's answers are read, through their handles. */
    private interface Answers {
        <T> T get(Var<T> field);
    }

    private static ContactReport read(Answers form, long caseId, int attempt) {
        boolean reached = MonitoringProcess.YES.equals(text(form.get(ContactForm.REACHED)));
        List<Appointment> appointments = new ArrayList<>();
        for (Var<JsonNode> row : ContactForm.APPOINTMENT_ROWS) {
            JsonNode fields = form.get(row);
            if (fields == null) {
                continue;
            }
            LocalDate date = FormDates.parse(fields.path(AppointmentRow.DATE).asText(null));
            LocalTime time = time(fields.path(AppointmentRow.TIME).asText(""));
            String provider = fields.path(AppointmentRow.PROVIDER).asText("").trim();
            if (date != null && time != null && !provider.isEmpty()) {
                appointments.add(new Appointment(date, time, provider));
            }
        }
        Integer minutes = form.get(ContactForm.MINUTES_SPENT);
        return new ContactReport(
                caseId,
                attempt,
                reached,
                text(form.get(ContactForm.CHANNEL)),
                minutes == null ? 0 : minutes,
                reached ? text(form.get(ContactForm.PATIENT_STATUS)) : null,
                reached ? list(form.get(ContactForm.NEW_NEEDS)) : List.of(),
                reached && Boolean.TRUE.equals(form.get(ContactForm.MEDICATION_CONCERNS)),
                reached ? appointments : List.of(),
                reached ? list(form.get(ContactForm.BARRIERS)) : List.of(),
                text(form.get(ContactForm.NOTE)),
                text(form.get(ContactForm.EPISODE_ENDS)));
    }

    /** Where the process goes next: the episode ends, the patient was reached, or another attempt (or managers). */
    String outcome() {
        if (episodeEnds != null) {
            return MonitoringProcess.OUTCOME_EPISODE_ENDS;
        }
        if (reached) {
            return MonitoringProcess.OUTCOME_REACHED;
        }
        return attempt >= MonitoringProcess.MAX_ATTEMPTS
                ? MonitoringProcess.OUTCOME_UNREACHABLE
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

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> list(List<String> checked) {
        return checked == null ? List.of() : checked;
    }
}
