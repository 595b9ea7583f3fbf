package org.carecoord.notification;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.carecoord.security.Groups;
import org.springframework.stereotype.Component;

/** The visible end of a mail that could not be delivered: a task for the managers naming the case and recipient. */
@Component
class DeliveryFailureTasks {

    static final String NAME = "Email could not be delivered";
    static final int PRIORITY = 90;
    private static final String SEPARATOR = " · ";

    private final TaskService taskService;

    DeliveryFailureTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    static String reference(long outboxId) {
        return "outbox message " + outboxId;
    }

    /** Joins the caller's transaction, so the task exists if and only if the row is marked failed. */
    String create(OutboxRow row, int attempts, Instant failedAt) {
        var task = taskService.newTask();
        // names the outbox row, not the recipient: task names and descriptions stay in the engine's history
        task.setName(NAME
                + SEPARATOR
                + (row.caseNumber() != null ? row.caseNumber() + SEPARATOR : "")
                + reference(row.id()));
        task.setDescription("The \"" + row.template() + "\" email (" + reference(row.id())
                + ") could not be delivered after " + attempts + " attempts; the last one failed at " + failedAt
                + ". Check the recipient's address in the case record and contact them another way.");
        task.setPriority(PRIORITY);
        task.setDueDate(Date.from(failedAt));
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Groups.MANAGERS);
        return task.getId();
    }
}
