package org.carecoord.deployment;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/**
 * One broken rule, as the engine REST reports it per resource ({@code details}): "element &lt;id&gt;: &lt;rule&gt;".
 * Names the element and the rule, never the offending text (it may be anything a caller sent).
 */
record Violation(String elementId, String rule, int line, int column) implements Problem {

    static Violation ofResource(String rule) {
        return new Violation(null, rule, 0, 0);
    }

    @Override
    public String getMessage() {
        return elementId == null ? rule : "element " + elementId + ": " + rule;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }
}
