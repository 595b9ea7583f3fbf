package org.carecoord.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * What the engine's history knows of one episode: the episode's instance and every instance it called (stages,
 * referrals) or that the application started with the case number as business key (ad-hoc referrals), each with
 * its activities, user tasks (who claimed, who completed, when), variable changes, user operations and incidents.
 *
 * <p>Variable changes show names only, never values: a variable holds whatever a form sent (notes, names typed
 * in) and the trail leaves the system as CSV; the values a reviewer needs are in the case record, read through the
 * audited case API. Incidents show their type and activity, not the exception message (it may quote data).
 */
@Component
class EngineTrail {

    /** Op-log properties whose values are user ids, codes or dates, so safe to show. */
    private static final Set<String> SHOWN_PROPERTIES = Set.of(
            "assignee",
            "owner",
            "delegation",
            "priority",
            "dueDate",
            "followUpDate",
            "suspensionState",
            "processDefinitionVersion",
            "retries",
            "removalTime");

    private static final Set<String> SKIPPED_ACTIVITIES = Set.of("userTask", "multiInstanceBody");
    static final int MAX_INSTANCES = 500;

    private final HistoryService history;

    EngineTrail(HistoryService history) {
        this.history = history;
    }

    /** Every instance of the episode, oldest first. Run without the user's engine authorization (caller checked). */
    List<HistoricProcessInstance> instances(String caseNumber, String episodeInstanceId) {
        Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
        if (caseNumber != null) {
            history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber)
                    .orderByProcessInstanceStartTime()
                    .asc()
                    .listPage(0, MAX_INSTANCES)
                    .forEach(instance -> found.put(instance.getId(), instance));
        }
        List<String> roots = new ArrayList<>(found.values().stream()
                .map(HistoricProcessInstance::getRootProcessInstanceId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        if (episodeInstanceId != null && !roots.contains(episodeInstanceId)) {
            roots.add(episodeInstanceId);
        }
        for (String root : roots) {
            // called processes that did not carry the business key on are found through their root instance
            history.createHistoricProcessInstanceQuery()
                    .rootProcessInstanceId(root)
                    .listPage(0, MAX_INSTANCES)
                    .forEach(instance -> found.putIfAbsent(instance.getId(), instance));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .limit(MAX_INSTANCES)
                .toList();
    }

    List<TrailRow> rows(HistoricProcessInstance instance) {
        String process = instance.getProcessDefinitionName() != null
                ? instance.getProcessDefinitionName()
                : instance.getProcessDefinitionKey();
        String id = instance.getId();
        List<TrailRow> rows = new ArrayList<>();
        rows.add(TrailRow.engine(
                instant(instance.getStartTime()),
                instant(instance.getEndTime()),
                "process",
                process,
                id,
                process + " started",
                instance.getStartUserId(),
                "version " + instance.getProcessDefinitionVersion() + ", " + state(instance)));

        List<UserOperationLogEntry> operations = history.createUserOperationLogQuery()
                .processInstanceId(id)
                .orderByTimestamp()
                .asc()
                .list();
        Map<String, String> operationUsers = new LinkedHashMap<>();
        operations.forEach(entry -> operationUsers.putIfAbsent(entry.getOperationId(), entry.getUserId()));

        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()) {
            if (!SKIPPED_ACTIVITIES.contains(activity.getActivityType())) {
                rows.add(TrailRow.engine(
                        instant(activity.getStartTime()),
                        instant(activity.getEndTime()),
                        "activity",
                        process,
                        id,
                        activity.getActivityName() != null ? activity.getActivityName() : activity.getActivityId(),
                        null,
                        activity.getActivityType() + (activity.isCanceled() ? ", cancelled" : "")));
            }
        }
        Map<String, String> taskNames = new LinkedHashMap<>();
        Map<String, String> completers = new LinkedHashMap<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()) {
            taskNames.put(task.getId(), task.getName());
            rows.add(taskRow(task, process, operations, completers));
        }
        rows.addAll(operationRows(operations, process, id, taskNames));
        rows.addAll(variableRows(id, process, operationUsers, completers));
        for (HistoricIncident incident :
                history.createHistoricIncidentQuery().processInstanceId(id).list()) {
            rows.add(TrailRow.engine(
                    instant(incident.getCreateTime()),
                    instant(incident.getEndTime()),
                    "incident",
                    process,
                    id,
                    "Incident (" + incident.getIncidentType() + ") at " + incident.getActivityId(),
                    null,
                    incident.isOpen() ? "open" : incident.isResolved() ? "resolved" : "deleted"));
        }
        return rows;
    }

    private TrailRow taskRow(
            HistoricTaskInstance task,
            String process,
            List<UserOperationLogEntry> operations,
            Map<String, String> completers) {
        List<String> details = new ArrayList<>();
        for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery()
                .taskId(task.getId())
                .type("assignee")
                .orderByTime()
                .asc()
                .list()) {
            String at = " at " + instant(link.getTime());
            if ("delete".equals(link.getOperationType())) {
                details.add("given back by " + orSystem(link.getAssignerId()) + at);
            } else if (Objects.equals(link.getUserId(), link.getAssignerId())) {
                details.add("claimed by " + link.getUserId() + at);
            } else {
                details.add("assigned to " + link.getUserId() + " by " + orSystem(link.getAssignerId()) + at);
            }
        }
        UserOperationLogEntry completion = operations.stream()
                .filter(entry -> task.getId().equals(entry.getTaskId()))
                .filter(entry -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()))
                .findFirst()
                .orElse(null);
        String completedBy = null;
        if (completion != null) {
            completedBy = completion.getUserId();
            completers.put(task.getId(), completedBy);
            details.add("completed by " + completedBy + " at " + instant(completion.getTimestamp()));
        } else if (task.getEndTime() != null) {
            details.add(("completed".equals(task.getDeleteReason())
                            ? "completed"
                            : "ended (" + task.getDeleteReason() + ")")
                    + " at " + instant(task.getEndTime()));
        } else {
            details.add("open" + (task.getAssignee() != null ? ", assigned to " + task.getAssignee() : ""));
        }
        return TrailRow.engine(
                instant(task.getStartTime()),
                instant(task.getEndTime()),
                "task",
                process,
                task.getProcessInstanceId(),
                task.getName(),
                completedBy != null ? completedBy : task.getAssignee(),
                String.join("; ", details));
    }

    /** One row per user operation (an operation id groups its property entries). */
    private static List<TrailRow> operationRows(
            List<UserOperationLogEntry> operations, String process, String id, Map<String, String> taskNames) {
        Map<String, List<UserOperationLogEntry>> byOperation = operations.stream()
                .collect(Collectors.groupingBy(
                        entry -> entry.getOperationId() != null ? entry.getOperationId() : entry.getId(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        List<TrailRow> rows = new ArrayList<>();
        byOperation.values().forEach(entries -> {
            UserOperationLogEntry first = entries.get(0);
            String on = first.getTaskId() != null && taskNames.containsKey(first.getTaskId())
                    ? " " + taskNames.get(first.getTaskId())
                    : "";
            // "delete" is the flag every completion carries: nothing to tell
            String changes = entries.stream()
                    .filter(entry -> entry.getProperty() != null && !"delete".equals(entry.getProperty()))
                    .map(entry -> SHOWN_PROPERTIES.contains(entry.getProperty())
                            ? entry.getProperty() + ": " + orNone(entry.getOrgValue()) + " to "
                                    + orNone(entry.getNewValue())
                            : entry.getProperty())
                    .distinct()
                    .collect(Collectors.joining("; "));
            rows.add(TrailRow.engine(
                    instant(first.getTimestamp()),
                    null,
                    "user-operation",
                    process,
                    id,
                    first.getOperationType() + " " + first.getEntityType() + on,
                    first.getUserId(),
                    changes));
        });
        return rows;
    }

    /** Variable changes grouped by the moment and the step that made them: names only. */
    private List<TrailRow> variableRows(
            String id, String process, Map<String, String> operationUsers, Map<String, String> completers) {
        Map<String, List<HistoricDetail>> groups = history
                .createHistoricDetailQuery()
                .processInstanceId(id)
                .variableUpdates()
                .disableBinaryFetching()
                .disableCustomObjectDeserialization()
                .orderByTime()
                .asc()
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        detail -> detail.getTime().getTime() + "|" + detail.getUserOperationId() + "|"
                                + detail.getTaskId() + "|" + detail.getActivityInstanceId(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        List<TrailRow> rows = new ArrayList<>();
        groups.values().forEach(details -> {
            HistoricDetail first = details.get(0);
            Set<String> names = new TreeSet<>();
            details.forEach(detail -> names.add(((HistoricVariableUpdate) detail).getVariableName()));
            String who = first.getUserOperationId() != null ? operationUsers.get(first.getUserOperationId()) : null;
            if (who == null && first.getTaskId() != null) {
                who = completers.get(first.getTaskId());
            }
            rows.add(TrailRow.engine(
                    instant(first.getTime()),
                    null,
                    "variables",
                    process,
                    id,
                    names.size() == 1 ? "1 variable changed" : names.size() + " variables changed",
                    who,
                    String.join(", ", names) + " (values not shown)"));
        });
        return rows;
    }

    private static String state(HistoricProcessInstance instance) {
        String state = instance.getState();
        return state == null ? "" : state.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String orSystem(String userId) {
        return userId == null ? "the application" : userId;
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
