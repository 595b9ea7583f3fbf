package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What each group sees through the engine REST API, the same checks Tasklist and Cockpit go through. */
class AccessIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void coordinatorsSeeTheirQueuesButNotTheManagersAllOpenFilter() {
        var filters = new Api(port).get("/engine-rest/filter", "coordinator").json().findValuesAsText("name");

        assertThat(filters).contains(TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE)
                .doesNotContain(TasklistFilters.ALL_OPEN);
    }

    @Test
    void managersAlsoSeeAllOpenTasks() {
        var filters = new Api(port).get("/engine-rest/filter", "manager").json().findValuesAsText("name");

        assertThat(filters).contains(TasklistFilters.MY_TASKS, TasklistFilters.ALL_OPEN);
    }

    @Test
    void reviewersReadHistoryAndDefinitionsButNoTasksToWork() {
        var api = new Api(port);

        assertThat(api.get("/engine-rest/history/process-instance?processDefinitionKey=care-episode", "reviewer")
                .json().size()).isPositive();
        assertThat(api.get("/engine-rest/process-definition?key=intake", "reviewer").json().size()).isPositive();
        assertThat(api.get("/engine-rest/filter", "reviewer").json().size()).isZero();
        assertThat(api.post("/engine-rest/process-definition/key/care-episode/start", "reviewer", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void coordinatorsCannotDeployModels() {
        var response = new Api(port).get("/engine-rest/deployment", "coordinator");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).as("coordinators hold no deployment grant").isZero();
    }
}
