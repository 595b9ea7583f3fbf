package org.carecoord.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
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
        long assessmentId = AssessmentProcess.Vars.ASSESSMENT_ID.require(execution);
        String user = CaseVariables.currentUser(execution);
        for (String code : AssessmentProcess.Vars.INSTRUMENTS.require(execution).split(",")) {
            Instrument instrument = Instrument.fromCode(code);
            boolean administered = AssessmentInputs.administered(execution, instrument.administeredField);
            Map<String, Object> answers = new LinkedHashMap<>();
            if (administered) {
                instrument.itemFields.forEach(item -> answers.put(item.name(), item.get(execution)));
            }
            Map<String, Object> flags = new LinkedHashMap<>();
            instrument.flagVariables.forEach(flag -> flags.put(flag.name(), flag.get(execution)));
            flags.values().removeIf(Objects::isNull);
            assessments.record(assessmentId, caseId, instrument, answers, instrument.scoreVariable.get(execution),
                    instrument.bandVariable == null ? null : instrument.bandVariable.get(execution), flags, user);
            Var.removeAll(execution, instrument.itemFields);
            instrument.administeredField.remove(execution);
        }
    }
}
