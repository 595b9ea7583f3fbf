package org.carecoord.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.carecoord.cases.CareCase;
import org.carecoord.security.EngineAsApplication;
import org.carecoord.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may open which case. Coordinators: the cases they coordinate, the cases with an open task they may work
 * (assigned to them, or unassigned in their team queue), and cases they broke the glass for. Managers: all.
 * Reviewers: all, read-only. Administrators: all (they hold every engine grant anyway). No group: nothing.
 */
@Component
public class CaseAccess {

    /** The grounds and, after breaking the glass, the reason given. */
    public record Decision(AccessBasis basis, String reason) {
        public boolean granted() {
            return basis != AccessBasis.NONE;
        }
    }

    private final TaskService tasks;
    private final IdentityService identity;
    private final BreakGlassRepository breakGlass;
    private final Clock clock;

    CaseAccess(TaskService tasks, IdentityService identity, BreakGlassRepository breakGlass, Clock clock) {
        this.tasks = tasks;
        this.identity = identity;
        this.breakGlass = breakGlass;
        this.clock = clock;
    }

    /** Managers, reviewers and admins: who may use the reviewers' tools (episode list, audit trails). */
    public static boolean mayReview(Collection<String> groups) {
        return groups.contains(Groups.MANAGERS) || groups.contains(Groups.REVIEWERS) || groups.contains(Groups.ADMINS);
    }

    public Decision decide(String userId, Collection<String> groups, CareCase careCase, boolean change) {
        if (groups.contains(Groups.MANAGERS)) {
            return new Decision(AccessBasis.MANAGER, null);
        }
        if (groups.contains(Groups.ADMINS)) {
            return new Decision(AccessBasis.ADMIN, null);
        }
        if (groups.contains(Groups.COORDINATORS)) {
            if (userId.equals(careCase.coordinatorId())) {
                return new Decision(AccessBasis.COORDINATOR, null);
            }
            if (hasWorkableTask(userId, List.copyOf(groups), careCase.caseNumber())) {
                return new Decision(AccessBasis.TASK, null);
            }
            var reason = breakGlass.activeReason(userId, careCase.id(), Instant.now(clock));
            if (reason.isPresent()) {
                return new Decision(AccessBasis.BREAK_GLASS, reason.get());
            }
        }
        if (groups.contains(Groups.REVIEWERS) && !change) {
            return new Decision(AccessBasis.REVIEWER, null);
        }
        return new Decision(AccessBasis.NONE, null);
    }

    private boolean hasWorkableTask(String userId, List<String> groups, String caseNumber) {
        if (caseNumber == null) {
            return false;
        }
        return EngineAsApplication.call(
                identity,
                () -> tasks.createTaskQuery()
                                .processInstanceBusinessKey(caseNumber)
                                .or()
                                .taskAssignee(userId)
                                .taskCandidateGroupIn(groups)
                                .endOr()
                                .count()
                        > 0);
    }
}
