package org.carecoord.enginerest;

import java.util.regex.Pattern;

import org.carecoord.security.EngineAsApplication;

/**
 * Engine REST requests that act on one task (claim, complete, submit the form, …). When such a request fails and the
 * task has ended meanwhile, it was there when the user's list was loaded: someone completed it, or its step ended, a
 * moment before (or at the same moment: the engine then fails on the state the other request left).
 */
final class TaskActions {

    private static final Pattern TASK_ACTION =
            Pattern.compile("/task/([^/]+)/(claim|unclaim|complete|submit-form|resolve|assignee|delegate)/?$");

    private TaskActions() {}

    /** Whether the request being answered on this thread acts on a task that has ended (false outside a request). */
    static boolean onEndedTask() {
        // as the application: the user may not read history, and only "it existed and ended" is revealed
        return FailedEngineRequest.post(
                TASK_ACTION,
                (engine, taskId) -> EngineAsApplication.call(
                        engine.getIdentityService(),
                        () -> engine.getTaskService()
                                                .createTaskQuery()
                                                .taskId(taskId)
                                                .count()
                                        == 0
                                && engine.getHistoryService()
                                                .createHistoricTaskInstanceQuery()
                                                .taskId(taskId)
                                                .finished()
                                                .count()
                                        > 0));
    }
}
