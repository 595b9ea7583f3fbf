package org.carecoord.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringBeansResolverFactory;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A model deployment must never run code (issue #9): every deployment passes {@link DeploymentGuard} first, and
 * expressions resolve only {@link ExpressionBeans}, never an arbitrary Spring bean.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;
    private final ExpressionBeans beans;

    DeploymentGuardPlugin(ApplicationContext applicationContext, ConfigurableListableBeanFactory beanFactory) {
        this.applicationContext = applicationContext;
        this.beans = new ExpressionBeans(beanFactory);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = new ArrayList<>();
        DeploymentGuard guard = new DeploymentGuard(new ModelChecker(beans::isDelegate));
        preDeployers.add(guard);
        // an unchanged model redeployed (Modeler, Cockpit, REST) makes no new version; see UnchangedModelsSkipped
        configuration.setRepositoryService(new GuardedRepositoryService(guard));
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(preDeployers);
        // The starter made its expression manager before any plugin ran, with the whole application context;
        // replace it with one that sees only these beans (functions are added to it later, in init).
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(applicationContext, beans));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // no model may hold a script; should one ever run, it gets the same beans as expressions, not all of them
        configuration.getResolverFactories().removeIf(SpringBeansResolverFactory.class::isInstance);
    }
}
