package org.carecoord.tasks;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.security.Groups;
import org.carecoord.security.IdentitySetup;
import org.springframework.stereotype.Component;

/** The coordinators' queues in Tasklist, created or brought up to date at every start. */
@Component
public class TasklistFilters {

    public static final String MY_TASKS = "My tasks";
    public static final String TEAM_QUEUE = "Team queue";
    public static final String OVERDUE = "Overdue";
    public static final String ALL_OPEN = "All open";
    public static final String ESCALATIONS = "Escalations";

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentitySetup identity;

    TasklistFilters(FilterService filterService, TaskService taskService, IdentitySetup identity) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.identity = identity;
    }

    public void createOrUpdate() {
        save(
                MY_TASKS,
                -10,
                "Tasks assigned to me",
                byUrgency(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                Groups.COORDINATORS,
                Groups.MANAGERS);
        save(
                TEAM_QUEUE,
                -5,
                "Unassigned coordinator tasks: claim one to work on it",
                byUrgency(taskService
                        .createTaskQuery()
                        .taskCandidateGroup(Groups.COORDINATORS)
                        .taskUnassigned()),
                Groups.COORDINATORS,
                Groups.MANAGERS);
        save(
                OVERDUE,
                0,
                "Open tasks past their due date",
                byUrgency(taskService.createTaskQuery().dueBeforeExpression("${now()}")),
                Groups.COORDINATORS,
                Groups.MANAGERS);
        // every task the models and the outbox give to managers is an escalation: safety follow-ups, approvals,
        // overdue referrals, missed contacts, unreachable patients, overdue transitional care, undeliverable mail
        save(
                ESCALATIONS,
                -8,
                "Everything escalated to managers, most urgent first",
                byUrgency(taskService
                        .createTaskQuery()
                        .taskCandidateGroup(Groups.MANAGERS)
                        .includeAssignedTasks()),
                Groups.MANAGERS);
        save(
                ALL_OPEN,
                10,
                "Every open task of every case (managers)",
                byUrgency(taskService.createTaskQuery()),
                Groups.MANAGERS);
    }

    private static TaskQuery byUrgency(TaskQuery query) {
        return query.orderByTaskPriority().desc().orderByDueDate().asc();
    }

    private void save(String name, int order, String description, TaskQuery query, String... readers) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query);
        filter.setProperties(Map.of(
                "priority",
                order,
                "description",
                description,
                "refresh",
                true,
                "variables",
                List.of(Map.of("name", CareEpisodeProcess.Vars.CASE_NUMBER.name(), "label", "Case"))));
        filterService.saveFilter(filter);
        for (String group : readers) {
            identity.grant(group, Resources.FILTER, filter.getId(), READ);
        }
    }
}
