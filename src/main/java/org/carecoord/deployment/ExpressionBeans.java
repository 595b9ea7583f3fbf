package org.carecoord.deployment;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The only beans an expression can resolve: CareCoord's delegates and listeners, and the helpers of
 * {@link ModelHelpers}. Given to the engine as its {@code beans}, so {@code ${jdbcTemplate}} or {@code ${dataSource}}
 * resolve to nothing. Names are read from bean definitions and beans fetched only when an expression asks, so the
 * engine need not wait for (or create) the delegates it is built before.
 */
final class ExpressionBeans extends AbstractMap<Object, Object> {

    private static final List<Class<?>> DELEGATE_TYPES =
            List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class, DelegateVariableMapping.class);
    private static final String OWN_PACKAGE = "org.carecoord.";

    private final ConfigurableListableBeanFactory beanFactory;
    private volatile Set<String> delegates;

    ExpressionBeans(ConfigurableListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    /** True if the name is a CareCoord delegate or listener bean. */
    boolean isDelegate(String name) {
        return delegates().contains(name);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && (isDelegate(name) || ModelHelpers.HELPERS.containsKey(name));
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? beanFactory.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        Set<String> names = new LinkedHashSet<>(delegates());
        names.addAll(ModelHelpers.HELPERS.keySet());
        return names.stream()
                .<Entry<Object, Object>>map(name -> Map.entry(name, beanFactory.getBean(name)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Set<String> delegates() {
        Set<String> names = delegates;
        if (names == null) {
            names = new LinkedHashSet<>();
            for (Class<?> type : DELEGATE_TYPES) {
                for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
                    if (declaredByCareCoord(name)) {
                        names.add(name);
                    }
                }
            }
            delegates = names = Set.copyOf(names);
        }
        return names;
    }

    private boolean declaredByCareCoord(String name) {
        if (!beanFactory.containsBeanDefinition(name)) {
            return false;
        }
        BeanDefinition definition = beanFactory.getBeanDefinition(name);
        String declaredBy =
                definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null
                        ? annotated.getFactoryMethodMetadata().getDeclaringClassName()
                        : definition.getBeanClassName();
        return declaredBy != null && declaredBy.startsWith(OWN_PACKAGE);
    }
}
