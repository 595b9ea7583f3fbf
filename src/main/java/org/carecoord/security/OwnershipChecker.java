package org.carecoord.security;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.carecoord.cases.CareEpisodeProcess;

/**
 * A command checker beside Camunda's own (which checks grants): the ownership rules grants cannot express.
 * <ul>
 *   <li>a restricted user reads, claims and works only tasks {@link TaskOwnership#mayWork they may work};</li>
 *   <li>only the assignee completes a task: a team-queue task is claimed first;</li>
 *   <li>a restricted user assigns a task only to themselves (from their queue) or to nobody (back to the queue,
 *       from their own hands); reassigning, delegating and changing candidates is for managers;</li>
 *   <li>task variables change only through the task's own form submission (administrators excepted);</li>
 *   <li>users start only {@code care-episode}: stage processes are called by the episode.</li>
 * </ul>
 * Every read of a task's variables by a user is told to the {@link TaskReadAudit}. Only the checks named here do anything; the interface's other checks pass (Camunda's checker still runs them).
 */
final class OwnershipChecker implements InvocationHandler {

    static final Set<String> STARTABLE_BY_USERS = Set.of(CareEpisodeProcess.KEY);

    private final TaskReadAudit audit;

    private OwnershipChecker(TaskReadAudit audit) {
        this.audit = audit;
    }

    static CommandChecker create(TaskReadAudit audit) {
        return (CommandChecker) Proxy.newProxyInstance(
                CommandChecker.class.getClassLoader(),
                new Class<?>[] {CommandChecker.class},
                new OwnershipChecker(audit));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "OwnershipChecker";
            };
        }
        CommandContext context = Context.getCommandContext();
        if (!TaskOwnership.checksApply(context) || args == null || args.length != 1) {
            return null;
        }
        String user = context.getAuthenticatedUserId();
        List<String> groups = context.getAuthenticatedGroupIds();
        Object subject = args[0];
        switch (method.getName()) {
            case "checkReadTask" -> {
                if (subject instanceof TaskEntity task
                        && TaskOwnership.isRestricted(groups)
                        && !TaskOwnership.mayWork(user, groups, task)) {
                    throw denied(user, "the task is neither assigned to you nor in your team's queue");
                }
            }
            case "checkReadTaskVariable" -> {
                if (subject instanceof TaskEntity task) {
                    checkReadVariables(user, groups, task);
                }
            }
            case "checkTaskWork" -> {
                if (subject instanceof TaskEntity task) {
                    checkWork(user, groups, task);
                }
            }
            case "checkTaskAssign" -> {
                if (subject instanceof TaskEntity task
                        && TaskOwnership.isRestricted(groups)
                        && !TaskOwnership.mayTakeOrReturn(user, groups, task, OutermostCommand.current())) {
                    throw denied(user, "only managers reassign tasks; claim a team-queue task to take it");
                }
            }
            case "checkUpdateTaskVariable" -> {
                if (subject instanceof TaskEntity && !TaskOwnership.isAdmin(groups)) {
                    throw denied(user, "task variables change only by submitting the task's form");
                }
            }
            case "checkCreateProcessInstance" -> {
                if (subject instanceof ProcessDefinition definition
                        && !STARTABLE_BY_USERS.contains(definition.getKey())) {
                    throw denied(user, "only a care episode can be started; its stages are started by the episode");
                }
            }
            default -> {
                // every other check is Camunda's own
            }
        }
        return null;
    }

    /** Reading a task's variables reads the case's record: audited, allowed or not. */
    private void checkReadVariables(String user, List<String> groups, TaskEntity task) {
        boolean allowed = !TaskOwnership.isRestricted(groups) || TaskOwnership.mayWork(user, groups, task);
        String caseNumber = task.getProcessInstanceId() == null
                ? null
                : task.getProcessInstance().getBusinessKey();
        audit.taskRead(
                user,
                groups,
                task.getId(),
                caseNumber,
                OutermostCommand.current() instanceof GetTaskFormVariablesCmd,
                allowed);
        if (!allowed) {
            throw denied(user, "the task is neither assigned to you nor in your team's queue");
        }
    }

    private static void checkWork(String user, List<String> groups, TaskEntity task) {
        boolean completing = OutermostCommand.current() instanceof CompleteTaskCmd
                || OutermostCommand.current() instanceof SubmitTaskFormCmd;
        if (completing && !user.equals(task.getAssignee())) {
            throw denied(
                    user,
                    task.getAssignee() == null
                            ? "claim the task before completing it"
                            : "only the task's assignee completes it");
        }
        if (TaskOwnership.isRestricted(groups) && !TaskOwnership.mayWork(user, groups, task)) {
            if (OutermostCommand.current() instanceof ClaimTaskCmd
                    && task.getAssignee() != null
                    && TaskOwnership.offeredTo(user, groups, task)) {
                // it was in the user's queue a moment ago: a colleague was quicker (409, not a refusal)
                throw new TaskAlreadyClaimedException(task.getId(), task.getAssignee());
            }
            throw denied(user, "the task is neither assigned to you nor in your team's queue");
        }
    }

    private static AuthorizationException denied(String user, String why) {
        return new AuthorizationException("The user '" + user + "' may not do this: " + why + ".");
    }
}
