package org.carecoord.assessment;

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
            InstrumentAnswers form = InstrumentAnswers.from(execution, instrument);
            assessments.record(
                    assessmentId, caseId, instrument, form.answers(), form.score(), form.band(), form.flags(), user);
            Var.removeAll(execution, instrument.itemFields);
            instrument.administeredField.remove(execution);
        }
    }
}
