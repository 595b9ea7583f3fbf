package org.carecoord.security;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * CareCoord's access model inside the engine: no per-task grant rows, task queries and single-task calls held to
 * {@link TaskOwnership}, and the ownership rules of {@link OwnershipChecker}.
 */
@Component
class AccessModelPlugin implements ProcessEnginePlugin {

    private final ObjectProvider<TaskReadAudit> audit;

    AccessModelPlugin(ObjectProvider<TaskReadAudit> audit) {
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new NoPerTaskGrants());
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new OwnTasksAuthorizationManager.Factory());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new OutermostCommand());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // looked up when a task is read: the audit's beans need the engine's data source, not the engine
        configuration
                .getCommandCheckers()
                .add(OwnershipChecker.create((user, groups, task, caseNumber, form, allowed) ->
                        audit.ifAvailable(a -> a.taskRead(user, groups, task, caseNumber, form, allowed))));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        // nothing to do once the engine runs
    }
}
