package org.carecoord.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * W2's stand-in for every CareCoord delegate, listener and decision: it does nothing but write the process variables
 * the application wrote at the same element in a recorded W1 episode (read back from its full history), so the bare
 * engine takes the same path, with the same variables, as W1 — the engine's work without the application's.
 * User tasks and message receipts get their recorded variables from the driver ({@link BareEpisode}), with the form.
 * What history files under the instance rather than an element (output mappings) is written, where not yet set, at
 * the instance's first stand-in.
 */
final class VariableReplay implements JavaDelegate, ExecutionListener, TaskListener {

    /** Elements whose variables arrive from outside (forms, messages, the start) or by the engine's own mappings. */
    private static final Set<String> DRIVEN = Set.of(
            "userTask", "receiveTask", "callActivity", "intermediateMessageCatch", "messageStartEvent", "startEvent");

    private record Key(String processDefinitionKey, String activityId) {}

    private final Map<Key, List<Map<String, TypedValue>>> writes = new HashMap<>();
    private final Map<Key, String> activityTypes = new HashMap<>();
    private final Map<String, TypedValue> startVariables = new LinkedHashMap<>();
    /** per process: writes history files under the instance rather than an element (e.g. output mappings) */
    private final Map<String, Map<String, TypedValue>> unattributed = new HashMap<>();
    /** how many times each element was replayed in each instance (loops: the n-th visit replays the n-th record) */
    private final Map<String, Integer> visits = new ConcurrentHashMap<>();

    private final Set<String> replayedActivityInstances = ConcurrentHashMap.newKeySet();
    private int recordedWrites;

    /** Reads what the application wrote, element by element, during one finished W1 episode. */
    static VariableReplay record(HistoryService history, String businessKey, String rootProcessKey) {
        var replay = new VariableReplay();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .list()) {
            replay.recordInstance(
                    history, instance, instance.getProcessDefinitionKey().equals(rootProcessKey));
        }
        return replay;
    }

    private void recordInstance(HistoryService history, HistoricProcessInstance instance, boolean root) {
        String id = instance.getId();
        List<HistoricActivityInstance> inOrder = history.createHistoricActivityInstanceQuery()
                .processInstanceId(id)
                .orderPartiallyByOccurrence()
                .asc()
                .list();
        Set<String> processScoped = new java.util.HashSet<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(id)
                .disableCustomObjectDeserialization()
                .list()) {
            if (id.equals(variable.getActivityInstanceId())) {
                processScoped.add(variable.getId());
            }
        }
        Map<String, Map<String, TypedValue>> byActivityInstance = new LinkedHashMap<>();
        for (HistoricDetail detail : history.createHistoricDetailQuery()
                .variableUpdates()
                .processInstanceId(id)
                .orderPartiallyByOccurrence()
                .asc()
                .list()) {
            if (detail instanceof HistoricVariableUpdate update
                    && processScoped.contains(update.getVariableInstanceId())) {
                byActivityInstance
                        .computeIfAbsent(update.getActivityInstanceId(), key -> new LinkedHashMap<>())
                        .put(update.getVariableName(), update.getTypedValue());
            }
        }
        for (HistoricActivityInstance activity : inOrder) {
            Key key = new Key(instance.getProcessDefinitionKey(), activity.getActivityId());
            activityTypes.put(key, activity.getActivityType());
            Map<String, TypedValue> written = byActivityInstance.getOrDefault(activity.getId(), Map.of());
            writes.computeIfAbsent(key, k -> new ArrayList<>()).add(written);
            recordedWrites += written.size();
        }
        Set<String> elements = new java.util.HashSet<>();
        inOrder.forEach(activity -> elements.add(activity.getId()));
        Map<String, TypedValue> elsewhere =
                unattributed.computeIfAbsent(instance.getProcessDefinitionKey(), k -> new LinkedHashMap<>());
        byActivityInstance.forEach((activityInstance, written) -> {
            if (!elements.contains(activityInstance)) {
                written.forEach(elsewhere::putIfAbsent);
            }
        });
        if (root) {
            // variables given at the start (the intake API's) are recorded on the instance itself
            startVariables.putAll(byActivityInstance.getOrDefault(id, Map.of()));
        }
    }

    int recordedWrites() {
        return recordedWrites;
    }

    Map<String, TypedValue> startVariables() {
        return startVariables;
    }

    /** The variables recorded at this element's next visit in this instance (a user task's or a message's). */
    Map<String, TypedValue> next(String processDefinitionKey, String activityId, String processInstanceId) {
        List<Map<String, TypedValue>> recorded = writes.get(new Key(processDefinitionKey, activityId));
        if (recorded == null) {
            return Map.of();
        }
        int visit = visits.merge(processInstanceId + "/" + activityId, 1, Integer::sum) - 1;
        return recorded.get(Math.min(visit, recorded.size() - 1));
    }

    @Override
    public void execute(DelegateExecution execution) {
        replay(execution);
    }

    @Override
    public void notify(DelegateExecution execution) {
        replay(execution);
    }

    @Override
    public void notify(DelegateTask task) {
        // a task's own variables come with its form (BareEpisode)
    }

    private void replay(DelegateExecution execution) {
        String processKey = processKey(execution);
        Key key = new Key(processKey, execution.getCurrentActivityId());
        if (DRIVEN.contains(activityTypes.get(key))
                || !replayedActivityInstances.add(execution.getActivityInstanceId())) {
            return;
        }
        next(processKey, key.activityId(), execution.getProcessInstanceId()).forEach(execution::setVariable);
        unattributed.getOrDefault(processKey, Map.of()).forEach((name, value) -> {
            if (!execution.hasVariable(name)) {
                execution.setVariable(name, value);
            }
        });
    }

    private static String processKey(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        return definitionId.substring(0, definitionId.indexOf(':'));
    }
}
