package org.carecoord.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.carecoord.cases.CareEpisodeProcess;
import org.springframework.stereotype.Component;

/**
 * Creates CareCoord's groups and what each may do, idempotently at every start (grants are brought back to this
 * definition if someone changed them). Coordinators hold task work on every process definition; which tasks they
 * see and work is the engine's ownership rule ({@link TaskOwnership}). They hold no instance, variable or history
 * read: what they read of a case goes through the application's API, checked and audited per case.
 */
@Component
public class IdentitySetup {

    public static final String TASKLIST = "tasklist";
    public static final String COCKPIT = "cockpit";
    private static final String ANY = "*";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    public void createGroupsAndGrants() {
        group(Groups.COORDINATORS, "Care coordinators");
        group(Groups.MANAGERS, "Care managers");
        group(Groups.REVIEWERS, "Reviewers (audit)");
        group(Groups.ADMINS, "Administrators");
        // no grants: the group only opens /actuator/prometheus (SecurityConfiguration)
        group(Groups.MONITORING, "Monitoring (metrics only)");

        grant(Groups.COORDINATORS, Resources.APPLICATION, TASKLIST, ACCESS);
        // Task work on every model; which tasks is decided by TaskOwnership, not by a grant row per task.
        grant(
                Groups.COORDINATORS,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.TASK_ASSIGN);
        // Only the episode is started by people; its stages are called by it (OwnershipChecker holds managers too).
        grant(
                Groups.COORDINATORS,
                Resources.PROCESS_DEFINITION,
                CareEpisodeProcess.KEY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.TASK_ASSIGN,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.COORDINATORS, Resources.PROCESS_INSTANCE, ANY, CREATE);
        grant(Groups.COORDINATORS, Resources.USER, ANY, READ);
        grant(Groups.COORDINATORS, Resources.GROUP, ANY, READ);

        grant(Groups.MANAGERS, Resources.APPLICATION, TASKLIST, ACCESS);
        grant(Groups.MANAGERS, Resources.APPLICATION, COCKPIT, ACCESS);
        for (Resource resource : new Resource[] {
            Resources.PROCESS_DEFINITION,
            Resources.PROCESS_INSTANCE,
            Resources.TASK,
            Resources.DECISION_DEFINITION,
            Resources.DECISION_REQUIREMENTS_DEFINITION,
            Resources.DEPLOYMENT,
            Resources.BATCH
        }) {
            grant(Groups.MANAGERS, resource, ANY, ALL);
        }
        grant(Groups.MANAGERS, Resources.USER, ANY, READ);
        grant(Groups.MANAGERS, Resources.GROUP, ANY, READ);
        grant(Groups.MANAGERS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);

        grant(Groups.REVIEWERS, Resources.APPLICATION, COCKPIT, ACCESS);
        grant(
                Groups.REVIEWERS,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grant(Groups.REVIEWERS, Resources.PROCESS_INSTANCE, ANY, READ);
        grant(Groups.REVIEWERS, Resources.TASK, ANY, READ);
        // evaluating a decision changes nothing: reviewers may try a table as other systems do
        grant(Groups.REVIEWERS, Resources.DECISION_DEFINITION, ANY, READ, Permissions.READ_HISTORY, CREATE_INSTANCE);
        grant(Groups.REVIEWERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
        grant(Groups.REVIEWERS, Resources.DEPLOYMENT, ANY, READ);
        grant(Groups.REVIEWERS, Resources.USER, ANY, READ);
        grant(Groups.REVIEWERS, Resources.GROUP, ANY, READ);
        grant(Groups.REVIEWERS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);

        for (Resources resource : Resources.values()) {
            grant(Groups.ADMINS, resource, ANY, ALL);
        }
        removePerTaskGrants();
    }

    /** Grant rows per task, written before NoPerTaskGrants, would still widen who sees a task: they go. */
    private void removePerTaskGrants() {
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).list().stream()
                .filter(authorization -> !ANY.equals(authorization.getResourceId()))
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    /** Creates the user if missing (never resets a password someone changed) and adds the memberships. */
    public void user(String id, String firstName, String lastName, String email, String password, String... groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            var user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService
                            .createUserQuery()
                            .userId(id)
                            .memberOfGroup(group)
                            .count()
                    == 0) {
                identityService.createMembership(id, group);
            }
        }
    }

    /** Grants a group the permissions on a resource, replacing whatever that group's grant held before. */
    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        var existing = authorizationService
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .list();
        var authorization =
                existing.isEmpty() ? authorizationService.createNewAuthorization(AUTH_TYPE_GRANT) : existing.get(0);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.setPermissions(Arrays.copyOf(permissions, permissions.length));
        authorizationService.saveAuthorization(authorization);
    }

    private void group(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            var group = identityService.newGroup(id);
            group.setName(name);
            group.setType(Groups.ADMINS.equals(id) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}
