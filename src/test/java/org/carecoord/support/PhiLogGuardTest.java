package org.carecoord.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The guard itself: logback-test.xml feeds the recorder, and a patient's value in a line is found. */
class PhiLogGuardTest {

    @Test
    void aLoggedPatientValueIsFoundAsAWholeWordInMessageOrException() {
        LogRecorder.take();
        LoggerFactory.getLogger("org.carecoord.example").info("Saved contact: {}", "called Zed Quuxley at home");
        LoggerFactory.getLogger("org.carecoord.example").info("Saved the case of Quuxleyson");

        var lines = LogRecorder.take();

        assertThat(lines).hasSize(2);
        assertThat(PhiLogGuard.leaks(lines, Set.of("Zed Quuxley"))).hasSize(1).allMatch(l -> l.contains("Zed Quuxley"));
        assertThat(PhiLogGuard.leaks(lines, Set.of("Quuxley")))
                .as("not inside another word")
                .hasSize(1);
        assertThat(PhiLogGuard.leaks(
                        List.of("x | java.lang.IllegalStateException: born 1931-07-23"), Set.of("1931-07-23")))
                .hasSize(1);
    }
}
