package org.carecoord.metrics;

import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.carecoord.tasks.TasklistFilters;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks of the Tasklist queues, counted by the saved filters themselves, so operators see the
 * numbers Tasklist shows. My tasks is one queue per user and is left out. Callers run it as the application.
 */
@Component
class TaskQueues {

    /** The tag value of each queue reported, and its Tasklist filter. */
    static final Map<String, String> FILTERS = orderedMap(
            "team-queue", TasklistFilters.TEAM_QUEUE,
            "escalations", TasklistFilters.ESCALATIONS,
            "overdue", TasklistFilters.OVERDUE,
            "all-open", TasklistFilters.ALL_OPEN);
    /** Overdue counts are reported for these; the Overdue queue's own tasks are all overdue. */
    static final List<String> WITH_OVERDUE = List.of("team-queue", "escalations", "all-open");

    record Counts(Map<String, Long> open, Map<String, Long> overdue) {}

    private final FilterService filterService;
    private final TaskService taskService;

    TaskQueues(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** One count query per queue and one per overdue count; a queue whose filter is missing is left out. */
    Counts count(Instant now) {
        Map<String, String> filterIds = new LinkedHashMap<>();
        for (Filter filter : filterService.createFilterQuery().list()) {
            filterIds.putIfAbsent(filter.getName(), filter.getId());
        }
        Map<String, Long> open = new LinkedHashMap<>();
        Map<String, Long> overdue = new LinkedHashMap<>();
        FILTERS.forEach((queue, filterName) -> {
            String id = filterIds.get(filterName);
            if (id == null) {
                return;
            }
            open.put(queue, filterService.count(id));
            if (WITH_OVERDUE.contains(queue)) {
                overdue.put(
                        queue,
                        filterService.count(id, taskService.createTaskQuery().dueBefore(Date.from(now))));
            }
        });
        return new Counts(Map.copyOf(open), Map.copyOf(overdue));
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
