package org.carecoord.transitionalcare;

import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Registers the real listener by which the episode's event subprocess takes over a reported hospital stay, for
 * process tests of {@code care-episode}. Call {@link Mocks#reset()} after each test.
 */
public final class EpisodeHandOver {

    private EpisodeHandOver() {}

    public static void register() {
        Mocks.register(
                "takeReportedHospitalStayListener", new TransitionalCareDelegates().takeReportedHospitalStayListener());
    }
}
