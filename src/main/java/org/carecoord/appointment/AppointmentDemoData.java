package org.carecoord.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.carecoord.appointment.AppointmentProcess.Fields;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.demo.DemoCaseParts;
import org.carecoord.security.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo appointments in every status on the demo case between outreach contacts (Walter Brooks, DemoData's first
 * case in monitoring): booked, confirmed, attended, missed (its "Reschedule appointment" open) and cancelled.
 * Loaded once under its own marker, all or nothing.
 */
@Component
@Order(32)
@ConditionalOnProperty(name = "carecoord.demo.enabled", havingValue = "true")
class AppointmentDemoData implements ApplicationRunner {

    static final String MARKER = "appointments-v1";
    private static final Logger log = LoggerFactory.getLogger(AppointmentDemoData.class);

    private final DemoCaseParts demoCase;
    private final Appointments appointments;
    private final AppointmentRepository repository;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final ZoneId zone;
    private final Clock clock;

    AppointmentDemoData(
            DemoCaseParts demoCase,
            Appointments appointments,
            AppointmentRepository repository,
            TaskService tasks,
            ManagementService management,
            IdentityService identity,
            BusinessCalendarProperties calendar,
            Clock clock) {
        this.demoCase = demoCase;
        this.appointments = appointments;
        this.repository = repository;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.zone = calendar.zone();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoCase.loadOnce(MARKER, found -> load(found.id(), found.coordinator()))) {
            log.info("Loaded the demo appointments");
        }
    }

    private void load(long caseId, String coordinator) {
        appointments.book(
                caseId,
                details(5, LocalTime.of(10, 30), "Eastside Family Practice", "400 Oak Ave", "Yearly check-up"),
                coordinator);
        var eyes = appointments.book(
                caseId,
                details(12, LocalTime.of(14, 0), "Springfield Eye Clinic", "9 Lake Rd", "Eye exam"),
                coordinator);
        appointments.change(caseId, eyes.id(), detailsOf(eyes), AppointmentStatus.CONFIRMED, coordinator);
        var dentist = appointments.book(
                caseId,
                details(9, LocalTime.of(11, 15), "County Dental Clinic", "22 Mill St", "Dental cleaning"),
                coordinator);
        appointments.cancel(caseId, dentist.id(), "Patient asked to move it; will call back", coordinator);
        var kept = appointments.recordPast(
                caseId,
                details(-8, LocalTime.of(9, 0), "Eastside Family Practice", "400 Oak Ave", "Blood pressure check"),
                coordinator);
        answer(kept, coordinator, AppointmentProcess.ATTENDED);
        var missed = appointments.recordPast(
                caseId,
                details(-6, LocalTime.of(15, 30), "Food Bank Nutrition Class", "Community Hall", "Cooking on a budget"),
                coordinator);
        answer(missed, coordinator, AppointmentProcess.MISSED);
    }

    /** Its day is past: the timers come due, and the coordinator answers "Did the patient attend?". */
    private void answer(Appointment appointment, String coordinator, String attendance) {
        String instance = repository.lockProcess(appointment.id()).orElseThrow();
        for (int round = 0; round < 5; round++) {
            management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .executable()
                    .list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        var task = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(AppointmentProcess.TASK_DID_PATIENT_ATTEND)
                .singleResult();
        identity.setAuthentication(coordinator, List.of(Groups.COORDINATORS));
        try {
            tasks.complete(task.getId(), Map.of(Fields.ATTENDANCE.name(), attendance));
        } finally {
            identity.clearAuthentication();
        }
    }

    private AppointmentDetails details(int inDays, LocalTime at, String provider, String location, String purpose) {
        var start = LocalDate.now(clock.withZone(zone))
                .plusDays(inDays)
                .atTime(at)
                .atZone(zone)
                .toInstant();
        return new AppointmentDetails(start, start.plusSeconds(45 * 60), provider, location, purpose, false);
    }

    private static AppointmentDetails detailsOf(Appointment a) {
        return new AppointmentDetails(
                a.start(), a.end(), a.provider(), a.location(), a.description(), a.transportNeeded());
    }
}
