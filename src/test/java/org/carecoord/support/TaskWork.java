package org.carecoord.support;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;

/** Task work as a signed-in user does it in Tasklist (with the user's groups), so the engine records who did it. */
public final class TaskWork {

    private TaskWork() {}

    /** Claims the task first if it is in a queue (only the assignee completes a task), then completes it. */
    public static void completeAs(
            IdentityService identity, TaskService tasks, String user, String taskId, Map<String, Object> variables) {
        asUser(identity, user, () -> {
            if (tasks.createTaskQuery().taskId(taskId).taskUnassigned().count() > 0) {
                tasks.claim(taskId, user);
            }
            tasks.complete(taskId, variables);
        });
    }

    public static void asUser(IdentityService identity, String user, Runnable work) {
        identity.setAuthentication(
                user,
                identity.createGroupQuery().groupMember(user).list().stream()
                        .map(Group::getId)
                        .toList());
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
