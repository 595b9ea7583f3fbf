package org.carecoord.deployment;

import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

/** The engine's repository service, deploying through {@link UnchangedModelsSkipped}. */
final class GuardedRepositoryService extends RepositoryServiceImpl {

    private final DeploymentGuard guard;

    GuardedRepositoryService(DeploymentGuard guard) {
        this.guard = guard;
    }

    @Override
    public DeploymentWithDefinitions deployWithResult(DeploymentBuilderImpl deploymentBuilder) {
        return commandExecutor.execute(new UnchangedModelsSkipped(deploymentBuilder, guard));
    }
}
