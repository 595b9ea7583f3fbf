package org.carecoord.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.variables.JsonVariables;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * "Record …": stores the answers, score, band and flags of the instruments named in the step's {@code instruments}
 * input, then removes the item answers from the process (scores, bands and flags stay, to route on).
 */
@Component("recordInstrumentsDelegate")
class RecordInstrumentsDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    RecordInstrumentsDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        long assessmentId = ((Number) execution.getVariable(AssessmentProcess.Vars.ASSESSMENT_ID.name())).longValue();
        String user = CaseVariables.currentUser(execution);
        for (String code : execution.getVariable(AssessmentProcess.Vars.INSTRUMENTS.name()).toString().split(",")) {
            Instrument instrument = Instrument.fromCode(code);
            boolean administered = AssessmentInputs.administered(execution, instrument.administeredField);
            Map<String, Object> answers = new LinkedHashMap<>();
            if (administered) {
                instrument.itemFields.forEach(item -> answers.put(item, plain(execution.getVariable(item))));
            }
            Map<String, Object> flags = new LinkedHashMap<>();
            instrument.flagVariables.forEach(flag -> flags.put(flag, execution.getVariable(flag)));
            flags.values().removeIf(Objects::isNull);
            assessments.record(assessmentId, caseId, instrument, answers,
                    (Integer) number(execution.getVariable(instrument.scoreVariable)),
                    instrument.bandVariable == null ? null : (String) execution.getVariable(instrument.bandVariable),
                    flags, user);
            execution.removeVariables(instrument.itemFields);
            execution.removeVariable(instrument.administeredField);
        }
    }

    private static Object number(Object value) {
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    /** Lists from Tasklist arrive as JSON nodes; keep them as plain lists in the stored answers. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return JsonVariables.strings(value);
    }
}
