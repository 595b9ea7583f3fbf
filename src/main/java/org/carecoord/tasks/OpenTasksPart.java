package org.carecoord.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Component;

/**
 * The case overview's "due next": every open task of the case (whoever holds it), soonest due first. Read as the
 * application: whoever may open the case may know what is due on it, also tasks that are not theirs to work.
 */
@Component
class OpenTasksPart implements CaseOverviewPart {

    record DueTask(
            String taskId,
            String name,
            Instant due,
            boolean overdue,
            int priority,
            String priorityWord,
            String assignee,
            Instant created) {}

    private final TaskService tasks;
    private final IdentityService identity;
    private final Clock clock;

    OpenTasksPart(TaskService tasks, IdentityService identity, Clock clock) {
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "openTasks";
    }

    @Override
    public Object of(CareCase careCase) {
        if (careCase.caseNumber() == null) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        List<Task> open = EngineAsApplication.call(
                identity,
                () -> tasks.createTaskQuery()
                        .processInstanceBusinessKey(careCase.caseNumber())
                        .list());
        return open.stream()
                .map(t -> new DueTask(
                        t.getId(),
                        t.getName(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now),
                        t.getPriority(),
                        TaskPriority.of(t.getPriority()).word(),
                        t.getAssignee(),
                        t.getCreateTime().toInstant()))
                .sorted(Comparator.comparing(DueTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DueTask::created))
                .toList();
    }
}
