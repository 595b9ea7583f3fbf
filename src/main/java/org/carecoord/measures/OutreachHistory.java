package org.carecoord.measures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Component;

/**
 * The outreach contacts that were due, from the engine's history: the application's contact table records the
 * contacts made, not the ones due. Every "Outreach contact" task (one per attempt) is a contact due on its due date;
 * it was made when the task was completed. The case is the task's process instance's business key (case number).
 */
@Component
class OutreachHistory {

    /** One outreach contact due: the case number, when it was created and due, and whether it was done. */
    record Due(String caseNumber, Instant createdAt, Instant dueAt, boolean made) {}

    static final String COMPLETED = "completed";

    private final HistoryService history;
    private final IdentityService identity;

    OutreachHistory(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    /** Read as the application: the caller (manager or reviewer) may read all history. */
    List<Due> dueBetween(Instant from, Instant until) {
        return EngineAsApplication.call(identity, () -> {
            // by the task's own process key (the query's processDefinitionKey would join the definitions table)
            List<HistoricTaskInstance> tasks = history
                    .createHistoricTaskInstanceQuery()
                    .taskDefinitionKey(MonitoringProcess.TASK_OUTREACH_CONTACT)
                    .taskDueAfter(Date.from(from.minusMillis(1)))
                    .taskDueBefore(Date.from(until))
                    .list()
                    .stream()
                    .filter(task -> MonitoringProcess.KEY.equals(task.getProcessDefinitionKey()))
                    .toList();
            Set<String> instanceIds = new HashSet<>();
            tasks.forEach(task -> instanceIds.add(task.getProcessInstanceId()));
            Map<String, String> caseNumbers = new HashMap<>();
            if (!instanceIds.isEmpty()) {
                for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                        .processInstanceIds(instanceIds)
                        .list()) {
                    caseNumbers.put(instance.getId(), instance.getBusinessKey());
                }
            }
            List<Due> due = new ArrayList<>();
            for (HistoricTaskInstance task : tasks) {
                String caseNumber = caseNumbers.get(task.getProcessInstanceId());
                Instant dueAt = task.getDueDate().toInstant();
                // taskDueAfter is exclusive and taskDueBefore too: keep exactly [from, until)
                if (caseNumber != null && !dueAt.isBefore(from) && dueAt.isBefore(until)) {
                    due.add(new Due(
                            caseNumber,
                            task.getStartTime().toInstant(),
                            dueAt,
                            task.getEndTime() != null && COMPLETED.equals(task.getDeleteReason())));
                }
            }
            return due;
        });
    }
}
