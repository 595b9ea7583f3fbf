package org.carecoord.variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.cases.CareEpisodeProcess;

/** Typed access to what every step of a case's processes reads: the case and who is completing the step. */
public final class CaseVariables {

    private CaseVariables() {}

    public static long caseId(VariableScope scope) {
        return CareEpisodeProcess.Vars.CASE_ID.require(scope);
    }

    /** The signed-in user who completed the task before this step (Tasklist, REST); null for a job. */
    public static String currentUser(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
