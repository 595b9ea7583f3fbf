package org.carecoord.forms;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A field's {@code conditional.hide} FEEL expressions, evaluated as form-js does against the form's data (the values
 * shown plus those submitted), with the FEEL engine the DMN engine uses. Only a field that is certainly shown has its
 * {@code required} enforced: form-js leaves hidden fields out of a submission.
 */
final class HideConditions {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private HideConditions() {}

    /** True when no expression hides the field; false when one does or cannot be evaluated. */
    static boolean shown(List<String> hideWhen, Map<String, Object> data) {
        var context = Variables.fromMap(data).asVariableContext();
        for (String expression : hideWhen) {
            try {
                Object hidden = FEEL.evaluateSimpleExpression(
                        expression.startsWith("=") ? expression.substring(1) : expression, context);
                if (!Boolean.FALSE.equals(hidden)) {
                    return false;
                }
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
        return true;
    }
}
