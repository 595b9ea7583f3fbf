package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What each group sees through the engine REST API, the same checks Tasklist and Cockpit go through. */
class AccessIT extends PostgresIntegrationTest {

    @Autowired
    FilterService filters;

    @Test
    void coordinatorsSeeTheirQueuesButNotTheManagersAllOpenFilter() {
        var filters =
                new Api(port).get("/engine-rest/filter", "coordinator").json().findValuesAsText("name");

        assertThat(filters)
                .contains(TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE)
                .doesNotContain(TasklistFilters.ALL_OPEN);
    }

    @Test
    void managersFindEveryEscalationInOneFilterMostUrgentFirst() {
        var api = new Api(port);
        Task mail = tasks.newTask();
        mail.setName("Email could not be delivered · escalation probe");
        mail.setPriority(60);
        tasks.saveTask(mail);
        tasks.addCandidateGroup(mail.getId(), Groups.MANAGERS);
        Task urgent = tasks.newTask();
        urgent.setName("Safety follow-up · escalation probe");
        urgent.setPriority(100);
        tasks.saveTask(urgent);
        tasks.addCandidateGroup(urgent.getId(), Groups.MANAGERS);
        tasks.setAssignee(urgent.getId(), "manager");
        try {
            String filter = filters.createFilterQuery()
                    .filterName(TasklistFilters.ESCALATIONS)
                    .singleResult()
                    .getId();
            List<String> listed = api.post("/engine-rest/filter/" + filter + "/list", "manager", "{}")
                    .json()
                    .findValuesAsText("id");

            assertThat(listed)
                    .contains(mail.getId(), urgent.getId())
                    .doesNotContainAnyElementsOf(
                            tasks.createTaskQuery().taskCandidateGroup(Groups.COORDINATORS).list().stream()
                                    .map(Task::getId)
                                    .toList());
            assertThat(listed.indexOf(urgent.getId())).as("most urgent first").isLessThan(listed.indexOf(mail.getId()));
            assertThat(api.get("/engine-rest/filter", "coordinator").json().findValuesAsText("name"))
                    .doesNotContain(TasklistFilters.ESCALATIONS);
        } finally {
            tasks.deleteTask(mail.getId(), true);
            tasks.deleteTask(urgent.getId(), true);
        }
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
                        .json()
                        .size())
                .isPositive();
        assertThat(api.get("/engine-rest/process-definition?key=intake", "reviewer")
                        .json()
                        .size())
                .isPositive();
        assertThat(api.get("/engine-rest/filter", "reviewer").json().size()).isZero();
        assertThat(api.post("/engine-rest/process-definition/key/care-episode/start", "reviewer", "{}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void coordinatorsCannotDeployModels() {
        var response = new Api(port).get("/engine-rest/deployment", "coordinator");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size())
                .as("coordinators hold no deployment grant")
                .isZero();
    }
}
