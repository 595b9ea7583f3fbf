package org.carecoord.monitoring;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Puts the case's care-management minutes of this month on the outreach contact as it opens, so the coordinator
 * sees how far the month is from the 20 minutes CMS chronic care management counts. Local to the task.
 */
@Component("showCareTimeListener")
class ShowCareTimeListener implements TaskListener {

    private final CareTime careTime;
    private final Clock clock;

    ShowCareTimeListener(CareTime careTime, Clock clock) {
        this.careTime = careTime;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Vars.MINUTES_THIS_MONTH.setLocal(
                task, careTime.minutesThisMonth(CaseVariables.caseId(task), Instant.now(clock)));
    }
}
