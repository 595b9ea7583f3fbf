package org.carecoord.enginerest;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * The Camunda Form deployed for a task or a start event, found as Tasklist finds it ({@code camunda:formRef} or a
 * {@code camunda-forms:deployment:} form key). Null when the signed-in user cannot see the task or definition or may
 * not do the work (the engine then refuses the request itself), or the element has no Camunda Form. Once the user
 * may do the work, the form and the values are read as the application: a permission the user lacks for reading
 * them must not let a submission through unchecked.
 */
final class DeployedForms {

    /** The form's schema and, for a task, the values it shows now (null for a start form). */
    record Form(Supplier<InputStream> schemaSource, ObjectNode current) {
        InputStream schema() {
            return schemaSource.get();
        }
    }

    private final ProcessEngine engine;
    private final Authentication user;

    DeployedForms(ProcessEngine engine) {
        this.engine = engine;
        this.user = engine.getIdentityService().getCurrentAuthentication();
    }

    Form ofTask(String taskId) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .taskId(taskId)
                .initializeFormKeys()
                .singleResult();
        if (task == null || task.getProcessDefinitionId() == null || !asApplication(() -> mayWork(task))) {
            return null;
        }
        if (!hasCamundaForm(task.getFormKey(), task.getCamundaFormRef() != null)) {
            return null;
        }
        return asApplication(() -> {
            InputStream schema = engine.getFormService().getDeployedTaskForm(taskId);
            ObjectNode current = CurrentValues.of(engine.getTaskService().getVariablesTyped(taskId, false));
            return new Form(() -> schema, current);
        });
    }

    /**
     * The schema of the Camunda Form of a task the user can see (to serve its option lists), read as the
     * application; null when the task is not visible or has no Camunda Form.
     */
    InputStream schemaOfVisibleTask(String taskId) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .taskId(taskId)
                .initializeFormKeys()
                .singleResult();
        if (task == null
                || task.getProcessDefinitionId() == null
                || !hasCamundaForm(task.getFormKey(), task.getCamundaFormRef() != null)) {
            return null;
        }
        return asApplication(() -> engine.getFormService().getDeployedTaskForm(taskId));
    }

    Form ofStart(String definitionId, String key, String tenantId) {
        var query = engine.getRepositoryService().createProcessDefinitionQuery();
        if (definitionId != null) {
            query.processDefinitionId(definitionId);
        } else if (tenantId != null) {
            query.processDefinitionKey(key).tenantIdIn(tenantId).latestVersion();
        } else {
            query.processDefinitionKey(key).withoutTenantId().latestVersion();
        }
        ProcessDefinition definition = query.singleResult();
        if (definition == null || !mayStart(definition)) {
            return null;
        }
        return asApplication(() -> {
            var startForm = engine.getFormService().getStartFormData(definition.getId());
            if (startForm == null || !hasCamundaForm(startForm.getFormKey(), startForm.getCamundaFormRef() != null)) {
                return null;
            }
            InputStream schema = engine.getFormService().getDeployedStartForm(definition.getId());
            return new Form(() -> schema, null);
        });
    }

    private <T> T asApplication(Supplier<T> call) {
        var identity = engine.getIdentityService();
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }

    /** A formRef, or a form key Tasklist renders as a Camunda Form (embedded/external forms validate themselves). */
    private static boolean hasCamundaForm(String formKey, boolean formRef) {
        return formRef || formKey != null && formKey.startsWith("camunda-forms:");
    }

    /**
     * What the engine checks before completing a task: only its assignee completes it (the access model's
     * ownership rule, for every user), with TASK_WORK or UPDATE on it or its process.
     */
    private boolean mayWork(Task task) {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (user != null && config.isAuthorizationEnabled() && !user.getUserId().equals(task.getAssignee())) {
            return false;
        }
        if (unchecked()) {
            return true;
        }
        String key = engine.getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId())
                .getKey();
        return allowed(TaskPermissions.TASK_WORK, Resources.TASK, task.getId())
                || allowed(Permissions.UPDATE, Resources.TASK, task.getId())
                || allowed(ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION, key)
                || allowed(ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION, key);
    }

    private boolean mayStart(ProcessDefinition definition) {
        return unchecked()
                || allowed(Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, definition.getKey())
                        && allowed(Permissions.CREATE, Resources.PROCESS_INSTANCE, null);
    }

    private boolean unchecked() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (user == null || !config.isAuthorizationEnabled()) {
            return true;
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        return config.getAdminUsers() != null && config.getAdminUsers().contains(user.getUserId())
                || config.getAdminGroups() != null && groups.stream().anyMatch(config.getAdminGroups()::contains);
    }

    private boolean allowed(Permission permission, Resource resource, String resourceId) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        try {
            return resourceId == null
                    ? authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(), permission, resource)
                    : authorizations.isUserAuthorized(
                            user.getUserId(), user.getGroupIds(), permission, resource, resourceId);
        } catch (ProcessEngineException e) {
            return false;
        }
    }
}
