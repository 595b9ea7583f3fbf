package org.carecoord.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The engine's first deployer: every resource of a new deployment is checked before any is parsed, and one broken
 * rule refuses the whole deployment (the deploy command's transaction rolls back, nothing is stored). Runs for every
 * path into the engine: engine REST, Cockpit, Camunda Modeler, RepositoryService and auto-deployment at start.
 */
final class DeploymentGuard implements Deployer {

    private final ModelChecker checker;

    DeploymentGuard(ModelChecker checker) {
        this.checker = checker;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        // a stored deployment re-read into the cache was checked when it was made (or predates the guard)
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        check(deployment.getResources());
    }

    /** Refuses the deployment if any of these resources breaks a rule. */
    void check(Map<String, ResourceEntity> resources) {
        List<DeploymentRefusedException.Report> reports = new ArrayList<>();
        Map<String, ResourceEntity> byName = new TreeMap<>(resources);
        byName.forEach((name, resource) -> {
            List<Violation> violations = checker.check(name, resource.getBytes());
            if (!violations.isEmpty()) {
                reports.add(new DeploymentRefusedException.Report(name, List.<Problem>copyOf(violations)));
            }
        });
        if (!reports.isEmpty()) {
            throw new DeploymentRefusedException(reports);
        }
    }
}
