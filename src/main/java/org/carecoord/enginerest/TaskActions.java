package org.carecoord.enginerest;

import java.util.regex.Pattern;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Engine REST requests that act on one task (claim, complete, submit the form, …). When such a task is not found,
 * it was there when the user's list was loaded: someone completed it, or its step ended, a moment before.
 */
final class TaskActions {

    private static final Pattern TASK_ACTION = Pattern.compile(
            "/task/[^/]+/(claim|unclaim|complete|submit-form|resolve|assignee|delegate)/?$");

    private TaskActions() {
    }

    /** Whether the request being answered on this thread is a task action (false outside a request). */
    static boolean isCurrentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && "POST".equals(attributes.getRequest().getMethod())
                && TASK_ACTION.matcher(attributes.getRequest().getRequestURI()).find();
    }
}
