package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import jakarta.servlet.ServletException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseUnavailableFilterTest {

    /** As engine REST's authentication filter failed with PostgreSQL stopped: checkPassword could not read. */
    @Test
    void anOutageInAFilterBeforeTheControllersIsA503ProblemWithRetryAfter() throws Exception {
        var response = new MockHttpServletResponse();
        new DatabaseUnavailableFilter()
                .doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/1/submit-form"), response, (rq, rs) -> {
                    throw new ProcessEngineException("checkPassword", new SQLException("Connection is closed"));
                });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("database-unavailable", "nothing was saved")
                .doesNotContain("checkPassword", "SQLException");
    }

    @Test
    void anyOtherFailureIsPassedOnUntouched() {
        var response = new MockHttpServletResponse();
        assertThatThrownBy(() -> new DatabaseUnavailableFilter()
                        .doFilter(new MockHttpServletRequest("GET", "/api/cases/1"), response, (rq, rs) -> {
                            throw new ServletException(new IllegalStateException("bug"));
                        }))
                .isInstanceOf(ServletException.class);
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
