package org.carecoord.deployment;

import java.util.Set;
import java.util.function.Predicate;

import org.carecoord.deployment.ModelChecker.Attribute;
import org.carecoord.deployment.ModelChecker.Element;

/** What a BPMN model may use: CareCoord delegates by bean name, whitelisted expressions, no code of its own. */
final class BpmnRules implements ModelChecker.Rules {

    static final String CLASS = "Java classes are not allowed; bind a CareCoord delegate with "
            + "camunda:delegateExpression=\"${beanName}\"";
    static final String SCRIPT_TASK = "script tasks are not allowed";
    static final String SCRIPT = "scripts are not allowed (camunda:script, scriptFormat, language, resource)";
    static final String CONNECTOR = "connectors are not allowed";
    static final String EXTERNAL_TASK = "external tasks (camunda:type, camunda:topic) are not allowed: CareCoord "
            + "runs no external-task workers";
    static final String FORM_KEY = "camunda:formKey is not allowed (embedded forms run code in the browser); "
            + "link a Camunda Form with camunda:formRef";
    static final String FORM_VALIDATOR = "custom form field validators are not allowed";

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    // the engine still reads its extensions under the old Activiti namespace too (BpmnParse)
    private static final Set<String> CAMUNDA = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");
    private static final Set<String> DELEGATE_ATTRIBUTES =
            Set.of("delegateExpression", "variableMappingDelegateExpression");
    private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("scriptFormat", "resource");
    // text the engine never evaluates
    private static final Set<String> PROSE = Set.of("documentation", "text", "script");

    private final ExpressionChecker expressions;

    BpmnRules(Predicate<String> delegateBeans) {
        this.expressions = new ExpressionChecker(delegateBeans);
    }

    @Override
    public void element(Element element, Set<String> broken) {
        boolean camundaElement = CAMUNDA.contains(element.namespace());
        if (BPMN.equals(element.namespace()) && "scriptTask".equals(element.name())) {
            broken.add(SCRIPT_TASK);
        }
        if (camundaElement && "script".equals(element.name())) {
            broken.add(SCRIPT);
        }
        if (camundaElement && "connector".equals(element.name())) {
            broken.add(CONNECTOR);
        }
        for (Attribute attribute : element.attributes()) {
            attribute(element, camundaElement, attribute, broken);
        }
    }

    private void attribute(Element element, boolean camundaElement, Attribute attribute, Set<String> broken) {
        boolean camundaAttribute = CAMUNDA.contains(attribute.namespace());
        // listeners, fields and scripts carry their settings as unqualified attributes of a camunda: element
        boolean camundaSetting =
                camundaAttribute || camundaElement && attribute.namespace().isEmpty();
        String name = attribute.name();
        String value = attribute.value();
        if (camundaSetting && CLASS_ATTRIBUTES.contains(name)) {
            broken.add(CLASS);
        } else if (camundaSetting && DELEGATE_ATTRIBUTES.contains(name)) {
            if (!expressions.isDelegateReference(value)) {
                broken.add(ExpressionChecker.DELEGATE);
            }
        } else if (camundaSetting && SCRIPT_ATTRIBUTES.contains(name) || "language".equals(name)) {
            broken.add(SCRIPT);
        } else if (camundaAttribute && ("type".equals(name) || "topic".equals(name))) {
            broken.add(EXTERNAL_TASK);
        } else if (camundaAttribute && "formKey".equals(name) && !value.startsWith("camunda-forms:")) {
            broken.add(FORM_KEY);
        } else if (camundaElement
                && "constraint".equals(element.name())
                && "name".equals(name)
                && "validator".equals(value)) {
            broken.add(FORM_VALIDATOR);
        } else {
            broken.addAll(expressions.check(value));
        }
    }

    @Override
    public void text(Element element, String text, Set<String> broken) {
        if (!PROSE.contains(element.name())) {
            broken.addAll(expressions.check(text));
        }
    }
}
