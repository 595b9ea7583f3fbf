package org.carecoord.enginerest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.carecoord.security.EngineAsApplication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !"POST".equals(attributes.getRequest().getMethod())) {
            return false;
        }
        Matcher action = TASK_ACTION.matcher(attributes.getRequest().getRequestURI());
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (!action.find() || engine == null) {
            return false;
        }
        String taskId = action.group(1);
        try {
            // as the application: the user may not read history, and only "it existed and ended" is revealed
            return EngineAsApplication.call(
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
                                    > 0);
        } catch (RuntimeException cannotTell) {
            return false;
        }
    }
}
