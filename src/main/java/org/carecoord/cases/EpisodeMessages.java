package org.carecoord.cases;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Component;

/**
 * Delivers an event about a case (a hospital discharge, the patient's death, …) as a BPMN message to the case's
 * running episode. The application has already decided who may report the event; the message itself is delivered
 * by the application, not as the signed-in user, whose engine permissions cover task work only.
 */
@Component
public class EpisodeMessages {

    private final RuntimeService runtime;
    private final IdentityService identity;

    EpisodeMessages(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /**
     * Correlates by the case number (the business key): only the episode subscribes to these messages.
     *
     * @throws EpisodeNotWaitingException when no running process of the case waits for this message
     */
    public void deliver(CareCase careCase, String messageName, Map<String, Object> variables) {
        try {
            EngineAsApplication.run(
                    identity,
                    () -> runtime.createMessageCorrelation(messageName)
                            .processInstanceBusinessKey(careCase.caseNumber())
                            .setVariables(variables)
                            .correlateWithResult());
        } catch (MismatchingMessageCorrelationException noneOrSeveral) {
            throw new EpisodeNotWaitingException(careCase.caseNumber(), messageName);
        }
    }
}
