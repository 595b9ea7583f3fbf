package org.carecoord.appointment;

import java.time.ZoneId;
import java.util.List;

import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's appointments: all of them, soonest first, as the API lists them. */
@Component
class AppointmentsOverviewPart implements CaseOverviewPart {

    private final AppointmentRepository repository;
    private final ZoneId zone;

    AppointmentsOverviewPart(AppointmentRepository repository, BusinessCalendarProperties calendar) {
        this.repository = repository;
        this.zone = calendar.zone();
    }

    @Override
    public String section() {
        return "appointments";
    }

    @Override
    public Object of(CareCase careCase) {
        List<AppointmentView> all = repository.ofCase(careCase.id()).stream()
                .map(a -> AppointmentView.of(a, zone))
                .toList();
        return all.isEmpty() ? null : all;
    }
}
