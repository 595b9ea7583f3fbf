package org.carecoord.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An integration test that drives the real Tasklist: a fresh headless Chromium on it for every test. */
public abstract class TasklistInBrowser extends PostgresIntegrationTest {

    protected Tasklist tasklist;

    @BeforeEach
    void openTasklist() throws IOException {
        assumeTrue(Tasklist.installed(), Tasklist.NOT_INSTALLED);
        tasklist = Tasklist.open(port, getClass().getSimpleName());
    }

    @AfterEach
    void closeTasklist() throws IOException {
        if (tasklist != null) {
            tasklist.close();
        }
    }
}
