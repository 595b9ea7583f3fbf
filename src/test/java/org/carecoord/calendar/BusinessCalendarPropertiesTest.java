package org.carecoord.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BusinessCalendarPropertiesTest {

    @Test
    void bindsZoneEndOfDayAndExtraHolidaysFromConfiguration() {
        BusinessCalendarProperties properties = bind(Map.of(
                "carecoord.calendar.zone", "America/Chicago",
                "carecoord.calendar.end-of-day", "16:30",
                "carecoord.calendar.us-federal-holidays", "false",
                "carecoord.calendar.holidays", "2026-12-24,2026-12-31"));

        assertThat(properties.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(properties.endOfDay()).isEqualTo(LocalTime.of(16, 30));
        assertThat(properties.usFederalHolidays()).isFalse();
        assertThat(properties.holidays()).containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
    }

    @Test
    void defaultsToSystemZoneFivePmFederalHolidaysAndNoExtraDates() {
        BusinessCalendarProperties properties = bind(Map.of("carecoord.calendar.holidays[0]", "2026-12-24"));
        BusinessCalendarProperties unset = new BusinessCalendarProperties(null, null, true, null);

        assertThat(properties.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(properties.endOfDay()).isEqualTo(LocalTime.of(17, 0));
        assertThat(properties.usFederalHolidays()).isTrue();
        assertThat(unset.holidays()).isEmpty();
    }

    private static BusinessCalendarProperties bind(Map<String, String> configuration) {
        return new Binder(new MapConfigurationPropertySource(configuration))
                .bind("carecoord.calendar", BusinessCalendarProperties.class)
                .get();
    }
}
