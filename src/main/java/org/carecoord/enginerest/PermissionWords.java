package org.carecoord.enginerest;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;

/**
 * The engine's refusal in a user's words. The engine says "The user with id 'x' does not have one of the following
 * permissions: 'TASK_WORK' permission on resource '5f3c…' of type 'Task' or …": a permission dump with engine ids.
 * A user needs to know what they may not do and whom to ask; the ids add nothing for them.
 */
final class PermissionWords {

    private static final String ASK = " If your work needs it, ask a care manager.";

    // (resource type, permission) → what the user tried, as "You may not …"
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("Task/READ", "open this task"),
            Map.entry("Task/UPDATE", "work on this task"),
            Map.entry("Task/TASK_WORK", "work on this task"),
            Map.entry("Task/TASK_ASSIGN", "assign this task"),
            Map.entry("Task/CREATE", "create tasks"),
            Map.entry("Task/DELETE", "delete tasks"),
            Map.entry("ProcessDefinition/READ", "see this process"),
            Map.entry("ProcessDefinition/CREATE_INSTANCE", "start this process"),
            Map.entry("ProcessDefinition/READ_TASK", "open this process's tasks"),
            Map.entry("ProcessDefinition/UPDATE_TASK", "work on this process's tasks"),
            Map.entry("ProcessDefinition/TASK_WORK", "work on this process's tasks"),
            Map.entry("ProcessDefinition/TASK_ASSIGN", "assign this process's tasks"),
            Map.entry("ProcessDefinition/READ_INSTANCE", "see the cases of this process"),
            Map.entry("ProcessDefinition/UPDATE_INSTANCE", "change the cases of this process"),
            Map.entry("ProcessDefinition/DELETE_INSTANCE", "cancel the cases of this process"),
            Map.entry("ProcessDefinition/READ_HISTORY", "see the history of this process"),
            Map.entry("ProcessDefinition/MIGRATE_INSTANCE", "move cases to another version of this process"),
            Map.entry("ProcessInstance/CREATE", "start a process"),
            Map.entry("ProcessInstance/READ", "see this case's process"),
            Map.entry("ProcessInstance/UPDATE", "change this case's process"),
            Map.entry("ProcessInstance/DELETE", "cancel this case's process"),
            Map.entry("Deployment/CREATE", "deploy models"),
            Map.entry("Deployment/READ", "see deployed models"),
            Map.entry("Deployment/DELETE", "delete deployed models"),
            Map.entry("DecisionDefinition/READ", "see this decision"),
            Map.entry("DecisionDefinition/CREATE_INSTANCE", "evaluate this decision"),
            Map.entry("Filter/READ", "use this task filter"),
            Map.entry("Filter/CREATE", "create task filters"),
            Map.entry("Filter/UPDATE", "change this task filter"),
            Map.entry("Filter/DELETE", "delete this task filter"),
            Map.entry("Batch/CREATE", "start batch operations"),
            Map.entry("User/CREATE", "create users"),
            Map.entry("User/UPDATE", "change this user"),
            Map.entry("User/DELETE", "delete users"),
            Map.entry("Group/CREATE", "create groups"),
            Map.entry("Authorization/CREATE", "grant permissions"),
            Map.entry("Authorization/UPDATE", "change permissions"));

    private PermissionWords() {}

    /** "You may not work on this task." and whom to ask; the engine's own wording when it names no permission. */
    static String of(AuthorizationException refusal) {
        List<MissingAuthorization> missing = refusal.getMissingAuthorizations();
        if (missing == null || missing.isEmpty()) {
            return refusal.getMessage(); // CareCoord's own ownership rule: already in words, without ids
        }
        MissingAuthorization first = missing.get(0);
        String action = ACTIONS.get(first.getResourceType() + "/" + first.getViolatedPermissionName());
        if (action == null) {
            action = first.getViolatedPermissionName().toLowerCase().replace('_', ' ') + " "
                    + words(first.getResourceType());
        }
        return "You may not " + action + "." + ASK;
    }

    private static String words(String resourceType) {
        return resourceType == null
                ? "this"
                : resourceType.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
