package org.carecoord.security;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The one rule behind "My tasks" and "Team queue": a coordinator sees and works a task assigned to them, or an
 * unassigned task offered to one of their groups. Managers, reviewers and administrators are not held to it (their
 * grants say what they may do). The engine applies it to queries ({@link OwnTasksAuthorizationManager}) and to
 * single-task calls ({@link OwnershipChecker}), so Tasklist, engine REST and Java callers are held alike.
 */
final class TaskOwnership {

    private static final List<String> UNRESTRICTED = List.of(Groups.MANAGERS, Groups.REVIEWERS, Groups.ADMINS);

    private TaskOwnership() {}

    /** True when the call runs for a signed-in user with the engine's authorization checks on. */
    static boolean checksApply(CommandContext context) {
        return context != null
                && context.getProcessEngineConfiguration().isAuthorizationEnabled()
                && context.isAuthorizationCheckEnabled()
                && context.getAuthenticatedUserId() != null;
    }

    static boolean isRestricted(Collection<String> groups) {
        return groups == null || groups.stream().noneMatch(UNRESTRICTED::contains);
    }

    static boolean isAdmin(Collection<String> groups) {
        return groups != null && groups.contains(Groups.ADMINS);
    }

    /**
     * A restricted user's own assignment call: to themselves from their queue, or to nobody from their own hands.
     * Delegating, owners and candidate changes are not theirs to make.
     */
    static boolean mayTakeOrReturn(String userId, Collection<String> groups, TaskEntity task, Command<?> call) {
        if (!(call instanceof AssignTaskCmd assign)) {
            return false;
        }
        String newAssignee = AssignTarget.of(assign);
        return (newAssignee == null && userId.equals(task.getAssignee()))
                || (userId.equals(newAssignee) && mayWork(userId, groups, task));
    }

    static boolean mayWork(String userId, Collection<String> groups, TaskEntity task) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(userId);
        }
        return offeredTo(userId, groups, task);
    }

    /** Whether the task is offered to the user or one of their groups (whoever holds it now). */
    static boolean offeredTo(String userId, Collection<String> groups, TaskEntity task) {
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (userId.equals(link.getUserId()) || groups != null && groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }
}
