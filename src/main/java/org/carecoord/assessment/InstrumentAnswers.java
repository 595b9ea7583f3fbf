package org.carecoord.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One instrument of an assessment form as submitted and scored: its item answers (empty when it was not
 * administered), the decision's score and band, and the flags it raised (unset flags left out).
 */
record InstrumentAnswers(Map<String, Object> answers, Integer score, String band, Map<String, Object> flags) {

    static InstrumentAnswers from(VariableScope scope, Instrument instrument) {
        Map<String, Object> answers = new LinkedHashMap<>();
        if (AssessmentInputs.administered(scope, instrument.administeredField)) {
            instrument.itemFields.forEach(item -> answers.put(item.name(), item.get(scope)));
        }
        Map<String, Object> flags = new LinkedHashMap<>();
        instrument.flagVariables.forEach(flag -> flags.put(flag.name(), flag.get(scope)));
        flags.values().removeIf(Objects::isNull);
        return new InstrumentAnswers(
                answers,
                instrument.scoreVariable.get(scope),
                instrument.bandVariable == null ? null : instrument.bandVariable.get(scope),
                flags);
    }
}
