package org.carecoord.deployment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.repository.CandidateDeployment;
import org.camunda.bpm.engine.repository.DeploymentHandler;
import org.camunda.bpm.engine.repository.ProcessApplicationDeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;

/**
 * A deployment in which a resource equal (byte for byte) to the latest stored resource of the same file name is
 * left out, so redeploying an unchanged model from Camunda Modeler, Cockpit or the REST API makes no new version,
 * whatever the deployment is called. When nothing is left the engine answers with the deployment that holds the
 * latest of those resources, as its own duplicate filter does. Every resource is still checked by the
 * {@link DeploymentGuard}, also the ones left out.
 */
final class UnchangedModelsSkipped extends DeployCmd {

    private final DeploymentGuard guard;

    UnchangedModelsSkipped(DeploymentBuilderImpl builder, DeploymentGuard guard) {
        super(builder);
        this.guard = guard;
    }

    @Override
    protected Map<String, ResourceEntity> resolveResourcesToDeploy(
            CommandContext context, DeploymentEntity deployment) {
        guard.check(deployment.getResources());
        Map<String, ResourceEntity> toDeploy = super.resolveResourcesToDeploy(context, deployment);
        if (deploymentBuilder instanceof ProcessApplicationDeploymentBuilder || toDeploy.isEmpty()) {
            return toDeploy;
        }
        Map<String, ResourceEntity> changed = new LinkedHashMap<>();
        String holder = null;
        for (var resource : toDeploy.entrySet()) {
            Optional<LatestResources.Stored> stored =
                    LatestResources.latest(context, resource.getKey(), deployment.getTenantId());
            if (stored.isPresent()
                    && Arrays.equals(stored.get().bytes(), resource.getValue().getBytes())) {
                holder = holder == null ? stored.get().deploymentId() : holder;
            } else {
                changed.put(resource.getKey(), resource.getValue());
            }
        }
        if (changed.isEmpty()) {
            deploymentHandler = new AnswerWith(deploymentHandler, holder);
        }
        return changed;
    }

    /** Names the deployment to answer with when every resource was unchanged. */
    private record AnswerWith(DeploymentHandler engine, String deploymentId) implements DeploymentHandler {

        @Override
        public boolean shouldDeployResource(Resource newResource, Resource existingResource) {
            return engine.shouldDeployResource(newResource, existingResource);
        }

        @Override
        public String determineDuplicateDeployment(CandidateDeployment candidate) {
            return deploymentId;
        }

        @Override
        public Set<String> determineDeploymentsToResumeByProcessDefinitionKey(String[] keys) {
            return engine.determineDeploymentsToResumeByProcessDefinitionKey(keys);
        }

        @Override
        public Set<String> determineDeploymentsToResumeByDeploymentName(CandidateDeployment candidate) {
            return engine.determineDeploymentsToResumeByDeploymentName(candidate);
        }
    }
}
