package org.carecoord.security;

import java.util.List;

import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, plus: a restricted user's task queries (every list and count, Tasklist filters
 * included) only return tasks assigned to them or unassigned tasks offered to their groups. This replaces Camunda's
 * one-grant-row-per-task default, whose join grows with the square of open tasks; the grants left are a handful of
 * group-level rows, and the ownership condition is an ordinary indexed predicate on the task and its identity links.
 */
class OwnTasksAuthorizationManager extends AuthorizationManager {

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
        super.configureTaskQuery(query);
        Authentication user = getCurrentAuthentication();
        if (!isAuthCheckExecuted()
                || user == null
                || !TaskOwnership.isRestricted(user.getGroupIds())
                || query.getQueries().stream().anyMatch(OwnTasksOnly.class::isInstance)) {
            return;
        }
        query.addOrQuery(new OwnTasksOnly(user.getUserId(), user.getGroupIds()));
    }

    /**
     * The engine skips its history check for standalone tasks (CareCoord's "Email could not be delivered" tasks for
     * managers): a restricted user, who holds no history read, sees only historic tasks they were involved in.
     */
    @Override
    public void configureHistoricTaskInstanceQuery(HistoricTaskInstanceQueryImpl query) {
        super.configureHistoricTaskInstanceQuery(query);
        Authentication user = getCurrentAuthentication();
        if (isAuthCheckExecuted() && user != null && TaskOwnership.isRestricted(user.getGroupIds())) {
            query.taskInvolvedUser(user.getUserId());
        }
    }

    /** "assigned to me, or unassigned and offered to one of my groups", as an OR-clause of the task query. */
    static final class OwnTasksOnly extends TaskQueryImpl {

        private static final long serialVersionUID = 1L;

        OwnTasksOnly(String userId, List<String> groups) {
            setOrQueryActive();
            taskAssignee(userId);
            if (groups != null && !groups.isEmpty()) {
                taskCandidateGroupIn(groups);
            }
        }
    }

    /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new OwnTasksAuthorizationManager();
        }
    }
}
