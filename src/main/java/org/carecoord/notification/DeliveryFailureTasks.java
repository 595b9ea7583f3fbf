package org.carecoord.notification;

import java.time.Instant;

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

    /** Joins the caller's transaction, so the task exists if and only if the row is marked failed. */
    String create(OutboxRow row, int attempts, Instant failedAt) {
        var task = taskService.newTask();
        task.setName(NAME + SEPARATOR + (row.caseNumber() != null ? row.caseNumber() + SEPARATOR : "")
                + row.recipient());
        task.setDescription("The \"" + row.template() + "\" email to " + row.recipient()
                + " could not be delivered after " + attempts + " attempts; the last one failed at " + failedAt
                + ". Check the address and contact the recipient another way.");
        task.setPriority(PRIORITY);
        task.setDueDate(java.util.Date.from(failedAt));
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Groups.MANAGERS);
        return task.getId();
    }
}
