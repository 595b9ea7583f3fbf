package org.carecoord.enginerest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Asks the engine about the request that just failed, to tell the user what happened (e.g. "someone completed this
 * task a moment ago"). Only on an error path: never on a request that succeeds.
 */
final class FailedEngineRequest {

    private FailedEngineRequest() {}

    /**
     * The answer of {@code question} for the ID the path holds (group 1 of {@code path}), when the request answered on
     * this thread is a POST matching {@code path}; false outside a request, for other requests, or when the engine
     * cannot tell (it may be the database that failed).
     */
    static boolean post(Pattern path, EngineQuestion question) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !"POST".equals(attributes.getRequest().getMethod())) {
            return false;
        }
        Matcher match = path.matcher(attributes.getRequest().getRequestURI());
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (!match.find() || engine == null) {
            return false;
        }
        try {
            return question.ask(engine, match.group(1));
        } catch (RuntimeException cannotTell) {
            return false;
        }
    }

    interface EngineQuestion {
        boolean ask(ProcessEngine engine, String id);
    }
}
