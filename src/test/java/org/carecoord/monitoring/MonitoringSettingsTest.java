package org.carecoord.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;

class MonitoringSettingsTest {

    @Test
    void theContactIntervalIsTheRiskTiersDaysAsBeforeUnlessADayIsShortened() {
        assertThat(settings(Duration.ofDays(1)).contactInterval(14)).isEqualTo("P14D");
        assertThat(new MonitoringSettings(Period.ofDays(90), "+1 555 0100", null).contactInterval(7))
                .isEqualTo("P7D");
        assertThat(settings(Duration.ofMillis(100)).contactInterval(30)).isEqualTo("PT3S");
        assertThat(Duration.parse(settings(Duration.ofSeconds(1)).contactInterval(7)))
                .isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aDayOfNoLengthIsRefused() {
        assertThatThrownBy(() -> settings(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MonitoringSettings settings(Duration day) {
        return new MonitoringSettings(Period.ofDays(90), "+1 555 0100", null, day);
    }
}
