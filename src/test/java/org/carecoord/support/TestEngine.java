package org.carecoord.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The in-memory engine of the process and decision tests: {@code @RegisterExtension static … = TestEngine.extension()}. */
public final class TestEngine {

    public static final String CONFIGURATION = "camunda-test.cfg.xml";

    private TestEngine() {}

    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder()
                .configurationResource(CONFIGURATION)
                .build();
    }
}
